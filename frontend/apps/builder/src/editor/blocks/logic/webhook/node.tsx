import type { BlockProps } from "../../types";

/** The webhook block on the canvas. */
export function Node({ block }: BlockProps) {
  const mappings = block.options?.responseVariableMapping;
  const count = Array.isArray(mappings) ? mappings.length : 0;
  return (
    <span className="block-summary">
      Wait for a webhook call{count ? ` (${count} ${count === 1 ? "variable" : "variables"})` : ""}
    </span>
  );
}
