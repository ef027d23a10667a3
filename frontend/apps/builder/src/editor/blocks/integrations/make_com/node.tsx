import type { BlockProps } from "../../types";

/** The make.com block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Make.com</span>;
}
