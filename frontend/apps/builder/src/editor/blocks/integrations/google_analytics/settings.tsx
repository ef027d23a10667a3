import { useTranslation } from "../../../../i18n";
import { TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

/** The Google Analytics block's settings: the measurement id and the event. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <div className="settings-fields">
      <TextField
        block={block}
        path={["options", "trackingId"]}
        label={t("googleAnalytics.measurementId")}
        placeholder="G-123456"
      />
      <TextField
        block={block}
        path={["options", "action"]}
        label={t("googleAnalytics.eventAction")}
        placeholder={t("googleAnalytics.exampleConversion")}
      />
      <TextField
        block={block}
        path={["options", "category"]}
        label={t("googleAnalytics.eventCategory")}
        placeholder={t("googleAnalytics.exampleTypebot")}
      />
      <TextField
        block={block}
        path={["options", "label"]}
        label={t("googleAnalytics.eventLabel")}
        placeholder={t("googleAnalytics.exampleCampaignZ")}
      />
      <TextField
        block={block}
        path={["options", "value"]}
        label={t("googleAnalytics.eventValue")}
        placeholder={t("googleAnalytics.example0")}
        help={t("googleAnalytics.aNumberOrA")}
      />
      <TextField
        block={block}
        path={["options", "sendTo"]}
        label={t("googleAnalytics.sendTo")}
        placeholder={t("googleAnalytics.exampleAw123456789")}
      />
    </div>
  );
}
