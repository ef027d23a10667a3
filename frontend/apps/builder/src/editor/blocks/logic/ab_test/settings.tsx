import { useTranslation } from "../../../../i18n";
import { NumberField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

/** The AB test block's settings: the share of visitors sent down path A. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <div className="settings-fields">
      <NumberField
        block={block}
        path={["options", "aPercent"]}
        label={t("abTest.percentOfVisitorsOnPath")}
        min={0}
        max={100}
        help={t("abTest.theOthersGoDownPath")}
      />
    </div>
  );
}
