import type { BlockProps } from "../types";

/** A plugin block on the canvas: its action. */
export function PluginNode({ block }: BlockProps) {
  const action = block.options?.action;
  return <span className="block-summary">{typeof action === "string" ? action : "Configure…"}</span>;
}
