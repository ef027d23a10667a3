import type { BlockProps } from "../../types";

/** The file block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">File</span>;
}
