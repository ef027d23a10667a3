import type { BlockProps } from "../../types";

/** The audio block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Audio</span>;
}
