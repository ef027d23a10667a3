import type { BlockProps } from "../../types";

/** The webhook block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Webhook</span>;
}
