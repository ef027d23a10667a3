import { CodeField, SwitchField, TextField, useBlockField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

/** The script block's settings: its name, its code, and where the code runs. */
export function Settings({ block }: BlockProps) {
  const [onClient] = useBlockField<boolean>(block, ["options", "isExecutedOnClient"]);
  return (
    <div className="settings-fields">
      <TextField block={block} path={["options", "name"]} label="Name" placeholder="Script" />
      <CodeField block={block} path={["options", "content"]} label="Code" />
      <SwitchField
        block={block}
        path={["options", "isExecutedOnClient"]}
        label="Execute on client"
        help="Runs in the visitor's browser; off, it runs on the server."
      />
      {onClient !== false && (
        <SwitchField
          block={block}
          path={["options", "shouldExecuteInParentContext"]}
          label="Execute in parent window"
          help="For bots embedded in a page: runs in the page rather than the chat's frame."
        />
      )}
    </div>
  );
}
