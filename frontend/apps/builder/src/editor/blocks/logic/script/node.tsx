import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";

/** The script block on the canvas: its name. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const name = block.options?.name;
  return (
    <span className="block-summary">
      {typeof name === "string" && name ? t("script.summary", { name }) : t("script.runAScript")}
    </span>
  );
}
