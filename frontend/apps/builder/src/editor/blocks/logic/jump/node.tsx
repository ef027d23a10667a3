import type { BlockProps } from "../../types";

/** The jump block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Jump</span>;
}
