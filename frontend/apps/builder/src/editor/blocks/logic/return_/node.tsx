import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";

/** The return block on the canvas. */
export function Node(_props: BlockProps) {
  const { t } = useTranslation("blocks");
  return <span className="block-summary">{t("return.returnToTheLastJump")}</span>;
}
