import type { BlockProps } from "../../types";

/** The Google Sheets block on the canvas: its action. */
export function Node({ block }: BlockProps) {
  const action = block.options?.action;
  return <span className="block-summary">{typeof action === "string" ? action : "Configure…"}</span>;
}
