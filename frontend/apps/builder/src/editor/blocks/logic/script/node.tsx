import type { BlockProps } from "../../types";

/** The script block on the canvas: its name. */
export function Node({ block }: BlockProps) {
  const name = block.options?.name;
  return (
    <span className="block-summary">{typeof name === "string" && name ? `Run ${name}` : "Run a script"}</span>
  );
}
