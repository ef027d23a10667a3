import type { BlockProps } from "../../types";

/** The sheets block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">Sheets</span>;
}
