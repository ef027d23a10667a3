import type { BlockProps } from "../../types";

/** The chatwoot block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Chatwoot</span>;
}
