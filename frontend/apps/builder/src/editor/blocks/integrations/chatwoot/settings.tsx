import { useTranslation } from "../../../../i18n";
import { labelled, SelectField, TextField, useBlockField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

const USER_FIELDS = ["id", "email", "name", "avatarUrl", "phoneNumber"] as const;

/** The Chatwoot block's settings: show or close, and for show, the account and the visitor. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const [task] = useBlockField<string>(block, ["options", "task"]);
  return (
    <div className="settings-fields">
      <SelectField
        block={block}
        path={["options", "task"]}
        label={t("chatwoot.task")}
        options={labelled(["Show widget", "Close widget"] as const, (task) => t(`chatwoot.tasks.${task}`))}
      />
      {task !== "Close widget" && (
        <>
          <TextField
            block={block}
            path={["options", "baseUrl"]}
            label={t("chatwoot.baseUrl")}
            placeholder="https://app.chatwoot.com"
          />
          <TextField block={block} path={["options", "websiteToken"]} label={t("chatwoot.websiteToken")} />
          {USER_FIELDS.map((key) => (
            <TextField
              key={key}
              block={block}
              path={["options", "user", key]}
              label={t(`chatwoot.user.${key}`)}
              placeholder="{{Email}}"
            />
          ))}
        </>
      )}
    </div>
  );
}
