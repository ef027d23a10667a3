import type { BlockProps } from "../../types";

/** The Chatwoot block on the canvas: what it does. */
export function Node({ block }: BlockProps) {
  const task = block.options?.task === "Close widget" ? "Close" : "Show";
  return <span className="block-summary">{task} the Chatwoot widget</span>;
}
