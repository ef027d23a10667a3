import type { BlockProps } from "../../types";

/** The Pixel block on the canvas: the event it tracks. */
export function Node({ block }: BlockProps) {
  const { eventType, name, pixelId } = (block.options ?? {}) as Record<string, string | undefined>;
  if (!pixelId) return <span className="block-summary">Configure…</span>;
  const event = eventType === "Custom" ? name : eventType;
  return <span className="block-summary">{event ? `Track “${event}”` : "Initialize the Pixel"}</span>;
}
