import type { BlockProps } from "../../types";

/** The condition block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Condition</span>;
}
