import { VariableTag } from "../../../variables/VariableTag";
import type { BlockProps } from "../../types";
import { ItemRows } from "../items";

/** The cards input on the canvas: its cards' titles as rows (their buttons carry the handles). */
export function Node({ block }: BlockProps) {
  const options = block.options as { variableId?: string } | undefined;
  return (
    <ItemRows block={block} label={(item) => item.title} empty="Untitled card">
      <span className="block-summary">
        Cards
        <VariableTag variableId={options?.variableId} />
      </span>
    </ItemRows>
  );
}
