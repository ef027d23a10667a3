import type { BlockProps } from "../../types";

/** The typebot block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Typebot</span>;
}
