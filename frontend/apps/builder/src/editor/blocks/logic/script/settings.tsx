import { useTranslation } from "../../../../i18n";
import { CodeField, SwitchField, TextField, useBlockField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

/** The script block's settings: its name, its code, and where the code runs. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const [onClient] = useBlockField<boolean>(block, ["options", "isExecutedOnClient"]);
  return (
    <div className="settings-fields">
      <TextField
        block={block}
        path={["options", "name"]}
        label={t("script.name")}
        placeholder={t("script.script")}
      />
      <CodeField block={block} path={["options", "content"]} label={t("script.code")} />
      <SwitchField
        block={block}
        path={["options", "isExecutedOnClient"]}
        label={t("script.executeOnClient")}
        help={t("script.runsInTheVisitorS")}
      />
      {onClient !== false && (
        <SwitchField
          block={block}
          path={["options", "shouldExecuteInParentContext"]}
          label={t("script.executeInParentWindow")}
          help={t("script.forBotsEmbeddedInA")}
        />
      )}
    </div>
  );
}
