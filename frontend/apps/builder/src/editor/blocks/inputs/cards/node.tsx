import type { BlockProps } from "../../types";

/** The cards block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Cards</span>;
}
