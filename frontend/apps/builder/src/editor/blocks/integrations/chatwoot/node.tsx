import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";

/** The Chatwoot block on the canvas: what it does. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const closes = block.options?.task === "Close widget";
  return (
    <span className="block-summary">{t(closes ? "chatwoot.summary.close" : "chatwoot.summary.show")}</span>
  );
}
