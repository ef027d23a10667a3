import type { BlockProps } from "../../types";

/** The return block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Return to the last jump</span>;
}
