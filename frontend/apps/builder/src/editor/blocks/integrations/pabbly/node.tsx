import type { BlockProps } from "../../types";

/** The pabbly block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Pabbly</span>;
}
