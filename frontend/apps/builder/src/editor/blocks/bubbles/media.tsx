import type { BlockProps } from "../types";

/** A media bubble's one-line summary: its URL, or a hint while it has none. */
export function MediaSummary({ block, empty }: BlockProps & { empty: string }) {
  const url = block.content?.url;
  return <span className="block-summary">{typeof url === "string" && url ? url : empty}</span>;
}
