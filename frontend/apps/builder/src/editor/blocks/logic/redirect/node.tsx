import type { BlockProps } from "../../types";

/** The redirect block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Redirect</span>;
}
