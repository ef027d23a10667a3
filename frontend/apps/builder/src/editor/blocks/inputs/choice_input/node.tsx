import { useTranslation } from "../../../../i18n";
import { VariableTag } from "../../../variables/VariableTag";
import type { BlockProps, ItemProps } from "../../types";
import { ItemText } from "../items";

/** The buttons input on the canvas (its buttons are the rows below, each with its edge). */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const options = block.options as { dynamicVariableId?: string; variableId?: string } | undefined;
  return (
    <span className="block-summary">
      {options?.dynamicVariableId ? t("choiceInput.buttonsFrom") : t("choiceInput.buttons")}
      <VariableTag variableId={options?.dynamicVariableId ?? options?.variableId} />
    </span>
  );
}

/** A button's row. */
export function ItemLabel({ item }: ItemProps) {
  const { t } = useTranslation("blocks");
  return <ItemText text={item.content} empty={t("choiceInput.clickToEdit")} />;
}
