import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";
import { MediaSummary } from "../media";

/** The embed bubble on the canvas: its URL. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return <MediaSummary block={block} empty={t("embed.clickToSetThePage")} />;
}
