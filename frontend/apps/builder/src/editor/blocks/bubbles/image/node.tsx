import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";
import { MediaSummary } from "../media";

/** The image bubble on the canvas: its URL. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return <MediaSummary block={block} empty={t("image.clickToSetTheImage")} />;
}
