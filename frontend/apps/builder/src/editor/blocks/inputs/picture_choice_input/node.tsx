import type { BlockProps } from "../../types";

/** The pic choice block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Pic choice</span>;
}
