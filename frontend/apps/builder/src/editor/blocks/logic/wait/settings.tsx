import { useTranslation } from "../../../../i18n";
import { SwitchField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

/** The wait block's settings. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <div className="settings-fields">
      <TextField
        block={block}
        path={["options", "secondsToWaitFor"]}
        label={t("wait.secondsToWaitFor")}
        placeholder="2"
        help={t("wait.aNumberOrA")}
      />
      <SwitchField
        block={block}
        path={["options", "shouldPause"]}
        label={t("wait.pauseTheFlow")}
        help={t("wait.sendsTheMessagesSoFar")}
      />
    </div>
  );
}
