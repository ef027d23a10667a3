import type { BlockProps } from "../../types";

/** The wait block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Wait</span>;
}
