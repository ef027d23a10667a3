import type { BlockProps } from "../../types";

/** The send email block on the canvas: to whom. */
export function Node({ block }: BlockProps) {
  const recipients = block.options?.recipients;
  const list = Array.isArray(recipients) ? recipients.filter(Boolean) : [];
  return (
    <span className="block-summary">{list.length ? `Send email to ${list.join(", ")}` : "Configure…"}</span>
  );
}
