import { useTranslation } from "../../../../i18n";
import type { BlockProps, ItemProps } from "../../types";

/** The AB test block on the canvas (its two paths are the rows below). */
export function Node(_props: BlockProps) {
  const { t } = useTranslation("blocks");
  return <span className="block-summary">{t("abTest.splitVisitors")}</span>;
}

/** A path's row: its letter and its share of visitors. */
export function ItemLabel({ block, item }: ItemProps) {
  const raw = Number(block.options?.aPercent ?? 50);
  const a = Number.isFinite(raw) ? raw : 50;
  return item.path === "b" ? `B ${100 - a}%` : `A ${a}%`;
}
