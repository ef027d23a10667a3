import { VariableTag } from "../../../variables/VariableTag";
import type { BlockProps } from "../../types";

/** The file input on the canvas: one file or several, and the variable. */
export function Node({ block }: BlockProps) {
  const options = block.options as { isMultipleAllowed?: boolean; variableId?: string } | undefined;
  return (
    <span className="block-summary">
      {options?.isMultipleAllowed ? "Collect files" : "Collect a file"}
      <VariableTag variableId={options?.variableId} />
    </span>
  );
}
