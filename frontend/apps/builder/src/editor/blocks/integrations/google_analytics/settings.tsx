import { TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

/** The Google Analytics block's settings: the measurement id and the event. */
export function Settings({ block }: BlockProps) {
  return (
    <div className="settings-fields">
      <TextField
        block={block}
        path={["options", "trackingId"]}
        label="Measurement id"
        placeholder="G-123456"
      />
      <TextField
        block={block}
        path={["options", "action"]}
        label="Event action"
        placeholder="Example: conversion"
      />
      <TextField
        block={block}
        path={["options", "category"]}
        label="Event category"
        placeholder="Example: Typebot"
      />
      <TextField
        block={block}
        path={["options", "label"]}
        label="Event label"
        placeholder="Example: Campaign Z"
      />
      <TextField
        block={block}
        path={["options", "value"]}
        label="Event value"
        placeholder="Example: 0"
        help="A number or a {{variable}}."
      />
      <TextField
        block={block}
        path={["options", "sendTo"]}
        label="Send to"
        placeholder="Example: AW-123456789"
      />
    </div>
  );
}
