import type { BlockProps } from "../../types";

/** The phone block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Phone</span>;
}
