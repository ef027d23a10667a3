import type { BlockProps } from "../../types";

/** The Google Analytics block on the canvas: the event it tracks. */
export function Node({ block }: BlockProps) {
  const action = block.options?.action;
  return (
    <span className="block-summary">
      {typeof action === "string" && action ? `Track “${action}”` : "Configure…"}
    </span>
  );
}
