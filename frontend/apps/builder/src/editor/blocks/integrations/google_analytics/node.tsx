import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";

/** The Google Analytics block on the canvas: the event it tracks. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const action = block.options?.action;
  return (
    <span className="block-summary">
      {typeof action === "string" && action ? t("googleAnalytics.track", { event: action }) : t("configure")}
    </span>
  );
}
