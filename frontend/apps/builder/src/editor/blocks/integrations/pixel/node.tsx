import type { BlockProps } from "../../types";

/** The pixel block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Pixel</span>;
}
