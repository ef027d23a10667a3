import type { BlockProps } from "../../types";

/** An HTTP-like block on the canvas: "POST https://…", or what to do first. */
export function Node({ block }: BlockProps) {
  const webhook = block.options?.webhook as { url?: string; method?: string } | undefined;
  return (
    <span className="block-summary">
      {webhook?.url ? `${webhook.method ?? "POST"} ${webhook.url}` : "Configure…"}
    </span>
  );
}
