import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";

/** The webhook block on the canvas. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const mappings = block.options?.responseVariableMapping;
  const count = Array.isArray(mappings) ? mappings.length : 0;
  return (
    <span className="block-summary">
      {count ? t("webhook.summaryWithVariables", { count }) : t("webhook.summary")}
    </span>
  );
}
