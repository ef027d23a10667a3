import type { BlockProps } from "../../types";

/** The analytics block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Analytics</span>;
}
