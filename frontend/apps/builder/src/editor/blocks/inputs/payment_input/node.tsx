import type { BlockProps } from "../../types";

/** The payment block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Payment</span>;
}
