import { useTranslation } from "../../../../i18n";
import { useVariableName } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { setVariableSentence } from "./valueTypes";

/** The set variable block on the canvas: "Set Total to {{Age}} * 2". */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const name = useVariableName(block.options?.variableId);
  if (!name) return <span className="block-summary">{t("configure")}</span>;
  return <span className="block-summary">{setVariableSentence(block.options, name)}</span>;
}
