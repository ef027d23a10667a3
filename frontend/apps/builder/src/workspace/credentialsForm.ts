/** The pure side of the credentials screens: a form's values to the `data` sent, and the list by kind. */
import type { components } from "@botloom/api-client";

export type CredentialsKind = components["schemas"]["CredentialsKindRead"];
export type CredentialsField = components["schemas"]["CredentialsFieldRead"];
export type StoredCredentials = components["schemas"]["CredentialsRead"];
export type FormValues = Record<string, string | boolean>;

/**
 * The `data` of new credentials from a form: dotted keys (`from.email`) nest, blank fields are
 * left out (the server's defaults apply), numbers are sent as numbers. `missing` names the
 * required fields left blank.
 */
export function credentialsData(
  fields: readonly CredentialsField[],
  values: FormValues,
): { data: Record<string, unknown>; missing: CredentialsField[] } {
  const data: Record<string, unknown> = {};
  const missing: CredentialsField[] = [];
  for (const field of fields) {
    const raw = values[field.key];
    let value: unknown;
    if (field.kind === "boolean") value = raw === true ? true : undefined;
    else if (typeof raw === "string" && raw.trim() !== "") {
      value = field.kind === "number" && Number.isFinite(Number(raw)) ? Number(raw) : raw.trim();
    }
    if (value === undefined) {
      if (field.required) missing.push(field);
      continue;
    }
    const path = field.key.split(".");
    let target = data;
    for (const part of path.slice(0, -1)) {
      target[part] = (target[part] as Record<string, unknown> | undefined) ?? {};
      target = target[part] as Record<string, unknown>;
    }
    target[path[path.length - 1] ?? field.key] = value;
  }
  return { data, missing };
}

export interface KindGroup {
  type: string;
  name: string;
  entries: StoredCredentials[];
}

/** The workspace's credentials grouped by kind, kinds by name; a type the server does not know keeps its own name. */
export function groupByKind(
  entries: readonly StoredCredentials[],
  kinds: readonly CredentialsKind[],
): KindGroup[] {
  const names = new Map(kinds.map((kind) => [kind.type, kind.name]));
  const groups = new Map<string, KindGroup>();
  for (const entry of entries) {
    const group = groups.get(entry.type) ?? {
      type: entry.type,
      name: names.get(entry.type) ?? entry.type,
      entries: [],
    };
    group.entries.push(entry);
    groups.set(entry.type, group);
  }
  for (const group of groups.values()) group.entries.sort((a, b) => a.name.localeCompare(b.name));
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export const GOOGLE_OUTCOMES = [
  "connected",
  "denied",
  "expired",
  "forbidden",
  "unavailable",
  "failed",
] as const;
export type GoogleOutcome = (typeof GOOGLE_OUTCOMES)[number];

/** How the return from Google's consent screen went, from the page's query (`?googleSheets=`). */
export function googleOutcome(search: string): GoogleOutcome | null {
  const value = new URLSearchParams(search).get("googleSheets");
  return GOOGLE_OUTCOMES.find((outcome) => outcome === value) ?? null;
}

/** The server's complaints about fields of `data` (`{data: {problems: [{path: "data.url", message}]}}`), by field key. */
export function fieldProblems(errorBody: unknown): Record<string, string> {
  const problems = (errorBody as { data?: { problems?: unknown } } | undefined)?.data?.problems;
  if (!Array.isArray(problems)) return {};
  const byKey: Record<string, string> = {};
  for (const problem of problems) {
    const { path, message } = (problem ?? {}) as { path?: unknown; message?: unknown };
    if (typeof path === "string" && path.startsWith("data.") && typeof message === "string") {
      byKey[path.slice("data.".length)] = message;
    }
  }
  return byKey;
}
