import type { BlockProps } from "../../types";

/** The email block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Email</span>;
}
