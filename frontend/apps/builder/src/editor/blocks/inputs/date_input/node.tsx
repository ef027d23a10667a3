import { VariableTag } from "../../../variables/VariableTag";
import type { BlockProps } from "../../types";

/** The date input on the canvas: a date or a range, and its variable. */
export function Node({ block }: BlockProps) {
  const options = block.options as { isRange?: boolean; hasTime?: boolean; variableId?: string } | undefined;
  const what = options?.isRange ? "Pick a date range" : "Pick a date";
  return (
    <span className="block-summary">
      {options?.hasTime ? `${what} and time` : what}
      <VariableTag variableId={options?.variableId} />
    </span>
  );
}
