import { VariableTag } from "../../../variables/VariableTag";
import type { BlockProps, ItemProps } from "../../types";
import { ItemText } from "../items";

/** The buttons input on the canvas (its buttons are the rows below, each with its edge). */
export function Node({ block }: BlockProps) {
  const options = block.options as { dynamicVariableId?: string; variableId?: string } | undefined;
  return (
    <span className="block-summary">
      {options?.dynamicVariableId ? "Buttons from" : "Buttons"}
      <VariableTag variableId={options?.dynamicVariableId ?? options?.variableId} />
    </span>
  );
}

/** A button's row. */
export function ItemLabel({ item }: ItemProps) {
  return <ItemText text={item.content} empty="Click to edit" />;
}
