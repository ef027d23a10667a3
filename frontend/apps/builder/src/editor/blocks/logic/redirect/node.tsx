import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";

/** The redirect block on the canvas: where it goes. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const url = block.options?.url;
  return (
    <span className="block-summary">
      {typeof url === "string" && url ? t("redirect.summary", { url }) : t("configure")}
    </span>
  );
}
