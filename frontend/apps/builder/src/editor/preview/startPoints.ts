/** Start points of a preview as the values of the "Start from" select. */
import type { StartFrom } from "@botloom/widget";

/** The select value of a start point, and back. */
export function encodeStart(start: StartFrom | null): string {
  if (!start) return "";
  return start.type === "group" ? `group:${start.groupId}` : `event:${start.eventId}`;
}

export function decodeStart(value: string): StartFrom | null {
  const [type, id] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
  if (type === "group") return { type, groupId: id };
  if (type === "event") return { type, eventId: id };
  return null;
}
