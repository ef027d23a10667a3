import type { BlockProps } from "../../types";

/** The ab test block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">AB test</span>;
}
