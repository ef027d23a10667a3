import type { BlockProps } from "../../types";

/** The zapier block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Zapier</span>;
}
