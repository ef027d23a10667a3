import type { BlockProps } from "../../types";

/** The text block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Text</span>;
}
