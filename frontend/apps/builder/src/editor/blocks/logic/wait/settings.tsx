import { SwitchField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

/** The wait block's settings. */
export function Settings({ block }: BlockProps) {
  return (
    <div className="settings-fields">
      <TextField
        block={block}
        path={["options", "secondsToWaitFor"]}
        label="Seconds to wait for"
        placeholder="2"
        help="A number, or a {{variable}}."
      />
      <SwitchField
        block={block}
        path={["options", "shouldPause"]}
        label="Pause the flow"
        help="Sends the messages so far and waits for the client before going on."
      />
    </div>
  );
}
