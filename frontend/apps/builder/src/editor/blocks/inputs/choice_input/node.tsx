import { VariableTag } from "../../../variables/VariableTag";
import type { BlockProps } from "../../types";
import { ItemRows } from "../items";

/** The buttons input on the canvas: its buttons as rows (or the list variable they come from). */
export function Node({ block }: BlockProps) {
  const options = block.options as { dynamicVariableId?: string; variableId?: string } | undefined;
  return (
    <ItemRows block={block} label={(item) => item.content} empty="Click to edit">
      <span className="block-summary">
        {options?.dynamicVariableId ? "Buttons from" : "Buttons"}
        <VariableTag variableId={options?.dynamicVariableId ?? options?.variableId} />
      </span>
    </ItemRows>
  );
}
