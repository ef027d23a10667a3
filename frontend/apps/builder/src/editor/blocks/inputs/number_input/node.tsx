import type { BlockProps } from "../../types";

/** The number block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Number</span>;
}
