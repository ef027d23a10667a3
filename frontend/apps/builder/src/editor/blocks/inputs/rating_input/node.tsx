import type { BlockProps } from "../../types";

/** The rating block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Rating</span>;
}
