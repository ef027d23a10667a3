import { VariableTag } from "../../../variables/VariableTag";
import type { BlockProps, ItemProps } from "../../types";
import { ItemText } from "../items";

/** The cards input on the canvas (each card is a row below, its buttons carry the edges). */
export function Node({ block }: BlockProps) {
  const options = block.options as { variableId?: string } | undefined;
  return (
    <span className="block-summary">
      Cards
      <VariableTag variableId={options?.variableId} />
    </span>
  );
}

/** A card's row: its title (its buttons follow, each with its handle). */
export function ItemLabel({ item }: ItemProps) {
  return <ItemText text={item.title} empty="Untitled card" />;
}
