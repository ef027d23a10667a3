import type { BlockProps } from "../../types";

/** The script block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Script</span>;
}
