import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";
import { plainText } from "./richText";

/** The text bubble on the canvas: its text (the first lines, the rest cut). */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const text = plainText(block.content?.richText).trim();
  return (
    <span className="block-summary text-bubble-summary" data-empty={!text || undefined}>
      {text || t("text.clickToEdit")}
    </span>
  );
}
