import {
  CodeField,
  CredentialsField,
  StringListField,
  SwitchField,
  TextField,
  useBlockField,
  VariableField,
} from "../../../settings/fields";
import type { BlockProps } from "../../types";

/** The send email block's settings. */
export function Settings({ block }: BlockProps) {
  const [isCustomBody] = useBlockField<boolean>(block, ["options", "isCustomBody"]);
  const [isBodyCode] = useBlockField<boolean>(block, ["options", "isBodyCode"]);
  return (
    <div className="settings-fields">
      <CredentialsField
        block={block}
        path={["options", "credentialsId"]}
        label="From"
        credentialsType="smtp"
        defaultLabel="The server's email account"
      />
      <StringListField
        block={block}
        path={["options", "recipients"]}
        label="To"
        placeholder="{{Email}}, team@example.com"
        help="Comma-separated."
      />
      <StringListField block={block} path={["options", "cc"]} label="Cc" />
      <StringListField block={block} path={["options", "bcc"]} label="Bcc" />
      <TextField block={block} path={["options", "replyTo"]} label="Reply to" />
      <TextField block={block} path={["options", "subject"]} label="Subject" />
      <SwitchField
        block={block}
        path={["options", "isCustomBody"]}
        label="Custom content"
        help="Off, the email lists the chat's answers."
      />
      {isCustomBody && (
        <>
          <SwitchField block={block} path={["options", "isBodyCode"]} label="HTML body" />
          {isBodyCode ? (
            <CodeField block={block} path={["options", "body"]} label="Body" />
          ) : (
            <TextField block={block} path={["options", "body"]} label="Body" multiline />
          )}
        </>
      )}
      <VariableField
        block={block}
        path={["options", "attachmentsVariableId"]}
        label="Attachments"
        help="A variable holding file URLs."
      />
    </div>
  );
}
