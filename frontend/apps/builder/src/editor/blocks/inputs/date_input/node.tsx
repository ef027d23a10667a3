import type { BlockProps } from "../../types";

/** The date block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Date</span>;
}
