import { useTranslation } from "../../../../i18n";
import { SwitchField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

/** The redirect block's settings. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <div className="settings-fields">
      <TextField
        block={block}
        path={["options", "url"]}
        label="URL"
        placeholder="https://example.com"
        help={t("redirect.mayHold")}
      />
      <SwitchField block={block} path={["options", "isNewTab"]} label={t("redirect.openInANewTab")} />
    </div>
  );
}
