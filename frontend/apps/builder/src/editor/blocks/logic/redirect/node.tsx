import type { BlockProps } from "../../types";

/** The redirect block on the canvas: where it goes. */
export function Node({ block }: BlockProps) {
  const url = block.options?.url;
  return (
    <span className="block-summary">
      {typeof url === "string" && url ? `Redirect to ${url}` : "Configure…"}
    </span>
  );
}
