import type { BlockProps } from "../../types";

/** The website block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Website</span>;
}
