import { VariableTag } from "../../../variables/VariableTag";
import type { BlockProps } from "../../types";

/** The rating input on the canvas: its scale and variable. */
export function Node({ block }: BlockProps) {
  const options = block.options as
    | { length?: number; startsAt?: number; buttonType?: string; variableId?: string }
    | undefined;
  const length = options?.length ?? 10;
  const scale =
    options?.buttonType === "Icons" ? `${length} icons` : `${options?.startsAt ?? 0} to ${length}`;
  return (
    <span className="block-summary">
      {`Rate ${scale}`}
      <VariableTag variableId={options?.variableId} />
    </span>
  );
}
