/** How an audit event reads: its action in words, and its details in a short line. */
import type { Schemas } from "@botloom/api-client";
import { i18n } from "../i18n";

export type AuditEvent = Schemas["AuditEventRead"];

/** The action in words ("Published the bot"), or its code for an action this build does not
 * know yet (the log keeps what newer servers record). */
export function actionText(action: string): string {
  const key = `audit:actions.${action}`;
  return i18n.exists(key) ? String(i18n.t(key as "audit:title")) : action;
}

function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.map(valueText).join(", ");
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The event's name first (what it was about), then its other details as `key: value`. */
export function detailsText(details: AuditEvent["details"]): { name?: string; rest: string } {
  if (!details) return { rest: "" };
  const { name, ...rest } = details as Record<string, unknown>;
  return {
    name: typeof name === "string" ? name : undefined,
    rest: Object.entries(rest)
      .map(([key, value]) => `${key}: ${valueText(value)}`)
      .join(" · "),
  };
}
