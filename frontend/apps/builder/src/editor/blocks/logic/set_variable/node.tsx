import type { BlockProps } from "../../types";

/** The set variable block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Set variable</span>;
}
