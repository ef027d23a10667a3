import { useTranslation } from "../../../../i18n";
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
  const { t } = useTranslation("blocks");
  const [isCustomBody] = useBlockField<boolean>(block, ["options", "isCustomBody"]);
  const [isBodyCode] = useBlockField<boolean>(block, ["options", "isBodyCode"]);
  return (
    <div className="settings-fields">
      <CredentialsField
        block={block}
        path={["options", "credentialsId"]}
        label={t("email.from")}
        credentialsType="smtp"
        defaultLabel={t("email.theServerSEmailAccount")}
      />
      <StringListField
        block={block}
        path={["options", "recipients"]}
        label={t("email.to")}
        placeholder="{{Email}}, team@example.com"
        help="Comma-separated."
      />
      <StringListField block={block} path={["options", "cc"]} label={t("email.cc")} />
      <StringListField block={block} path={["options", "bcc"]} label={t("email.bcc")} />
      <TextField block={block} path={["options", "replyTo"]} label={t("email.replyTo")} />
      <TextField block={block} path={["options", "subject"]} label={t("email.subject")} />
      <SwitchField
        block={block}
        path={["options", "isCustomBody"]}
        label={t("email.customContent")}
        help={t("email.offTheEmailListsThe")}
      />
      {isCustomBody && (
        <>
          <SwitchField block={block} path={["options", "isBodyCode"]} label={t("email.htmlBody")} />
          {isBodyCode ? (
            <CodeField block={block} path={["options", "body"]} label={t("email.body")} />
          ) : (
            <TextField block={block} path={["options", "body"]} label={t("email.body")} multiline />
          )}
        </>
      )}
      <VariableField
        block={block}
        path={["options", "attachmentsVariableId"]}
        label={t("email.attachments")}
        help={t("email.aVariableHoldingFileUrls")}
      />
    </div>
  );
}
