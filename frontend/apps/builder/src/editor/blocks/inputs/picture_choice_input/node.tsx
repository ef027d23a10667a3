import { VariableTag } from "../../../variables/VariableTag";
import type { BlockProps } from "../../types";
import { ItemRows } from "../items";

/** The picture choice input on the canvas: its pictures' titles as rows. */
export function Node({ block }: BlockProps) {
  const options = block.options as
    | { dynamicItems?: { isEnabled?: boolean }; variableId?: string }
    | undefined;
  return (
    <ItemRows block={block} label={(item) => item.title || item.pictureSrc} empty="Click to edit">
      <span className="block-summary">
        {options?.dynamicItems?.isEnabled ? "Pictures from variables" : "Pictures"}
        <VariableTag variableId={options?.variableId} />
      </span>
    </ItemRows>
  );
}
