import { SwitchField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

/** The audio bubble's settings. */
export function Settings({ block }: BlockProps) {
  return (
    <>
      <TextField block={block} path={["content", "url"]} label="Audio URL" placeholder="https://…" />
      <AutoplaySwitch block={block} />
    </>
  );
}

/** Typebot plays sounds and videos by themselves unless told not to. */
export function AutoplaySwitch({ block }: BlockProps) {
  return (
    <SwitchField block={block} path={["content", "isAutoplayEnabled"]} label="Play by itself" defaultValue />
  );
}
