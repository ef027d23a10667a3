import type { BlockProps } from "../../types";

/** The time block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Time</span>;
}
