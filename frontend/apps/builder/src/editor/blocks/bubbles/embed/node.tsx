import type { BlockProps } from "../../types";

/** The embed block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Embed</span>;
}
