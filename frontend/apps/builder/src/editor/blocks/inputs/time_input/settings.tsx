import { TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { InputLabels, SaveAnswerField } from "../common";

/** The time input's settings. */
export function Settings({ block }: BlockProps) {
  return (
    <>
      <InputLabels block={block} />
      <TextField
        block={block}
        path={["options", "format"]}
        label="Format"
        placeholder="HH:mm"
        help="How the time is saved, such as HH:mm or h:mm a."
      />
      <SaveAnswerField block={block} />
    </>
  );
}
