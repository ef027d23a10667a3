import { SwitchField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

/** The redirect block's settings. */
export function Settings({ block }: BlockProps) {
  return (
    <div className="settings-fields">
      <TextField
        block={block}
        path={["options", "url"]}
        label="URL"
        placeholder="https://example.com"
        help="May hold {{variables}}."
      />
      <SwitchField block={block} path={["options", "isNewTab"]} label="Open in a new tab" />
    </div>
  );
}
