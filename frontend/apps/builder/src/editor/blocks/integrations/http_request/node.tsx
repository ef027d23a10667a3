import type { BlockProps } from "../../types";

/** The http request block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">HTTP request</span>;
}
