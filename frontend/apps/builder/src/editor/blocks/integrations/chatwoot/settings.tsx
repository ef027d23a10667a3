import { SelectField, TextField, useBlockField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

const USER_FIELDS = [
  ["id", "User id"],
  ["email", "User email"],
  ["name", "User name"],
  ["avatarUrl", "User avatar URL"],
  ["phoneNumber", "User phone number"],
] as const;

/** The Chatwoot block's settings: show or close, and for show, the account and the visitor. */
export function Settings({ block }: BlockProps) {
  const [task] = useBlockField<string>(block, ["options", "task"]);
  return (
    <div className="settings-fields">
      <SelectField
        block={block}
        path={["options", "task"]}
        label="Task"
        options={["Show widget", "Close widget"]}
      />
      {task !== "Close widget" && (
        <>
          <TextField
            block={block}
            path={["options", "baseUrl"]}
            label="Base URL"
            placeholder="https://app.chatwoot.com"
          />
          <TextField block={block} path={["options", "websiteToken"]} label="Website token" />
          {USER_FIELDS.map(([key, label]) => (
            <TextField
              key={key}
              block={block}
              path={["options", "user", key]}
              label={label}
              placeholder="{{Email}}"
            />
          ))}
        </>
      )}
    </div>
  );
}
