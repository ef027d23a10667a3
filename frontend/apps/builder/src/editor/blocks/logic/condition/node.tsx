import { useTranslation } from "../../../../i18n";
import { useEditor } from "../../../store";
import type { BlockProps, ItemProps } from "../../types";
import { type Condition, conditionText } from "./conditions";

/** The condition block on the canvas (each branch is a row below, then "Else"). */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const count = block.items?.length ?? 0;
  return <span className="block-summary">{t("condition.summary", { count })}</span>;
}

/** A branch's row: its condition in words. */
export function ItemLabel({ item }: ItemProps) {
  const { t } = useTranslation("blocks");
  const variables = useEditor((state) => state.doc?.variables);
  const nameOf = (variableId?: string) => variables?.find((variable) => variable.id === variableId)?.name;
  return conditionText(item.content as Condition | undefined, nameOf) || t("configure");
}
