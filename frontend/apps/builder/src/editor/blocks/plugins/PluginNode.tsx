import { useTranslation } from "../../../i18n";
import type { BlockProps } from "../types";

/** A plugin block on the canvas: its action. */
export function PluginNode({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const action = block.options?.action;
  return <span className="block-summary">{typeof action === "string" ? action : t("configure")}</span>;
}
