/** An input block's drop-off on the canvas, under its row while the overlay is on. */

import { formatPercent } from "../../analytics/stats";
import { useTranslation } from "../../i18n";
import { useDropOff } from "./dropOffState";

export function DropOffBadge({ blockId }: { blockId: string }) {
  const { t, i18n } = useTranslation("analytics");
  const row = useDropOff((state) => (state.shown ? state.byBlock.get(blockId) : undefined));
  const worst = useDropOff((state) => state.worst.has(blockId));
  if (!row) return null;
  const counts = { reached: row.totalReached, answered: row.totalAnswered, dropped: row.totalDropped };
  const rate = formatPercent(row.totalReached ? row.dropOffRate : null, i18n.language);
  return (
    <p
      className="drop-off-badge"
      data-worst={worst || undefined}
      title={worst ? t("overlay.worst") : undefined}
    >
      <span className="drop-off-counts">{t("overlay.badge", counts)}</span>
      <strong className="drop-off-share">{t("overlay.rate", { rate })}</strong>
    </p>
  );
}
