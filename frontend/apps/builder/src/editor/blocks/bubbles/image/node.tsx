import type { BlockProps } from "../../types";

/** The image block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Image</span>;
}
