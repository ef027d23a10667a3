import type { BlockProps } from "../../types";

/** The video block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Video</span>;
}
