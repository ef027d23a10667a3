import type { BlockProps } from "../../types";

/** The buttons block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Buttons</span>;
}
