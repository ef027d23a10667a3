/** Whether the draft is what visitors get: the draft's content against the published version's. */

/** The keys that make a bot behave as it does (its name and location are not published content). */
const CONTENT_KEYS = ["events", "groups", "edges", "variables", "theme", "settings"] as const;

/** JSON with object keys sorted, so that two equal documents give the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (!inner || typeof inner !== "object" || Array.isArray(inner)) return inner;
    const record = inner as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, record[key]]),
    );
  });
}

/** True when the published version runs exactly what the draft holds. */
export function sameContent(draft: Record<string, unknown>, published: Record<string, unknown>): boolean {
  return CONTENT_KEYS.every((key) => canonical(draft[key] ?? null) === canonical(published[key] ?? null));
}

export type PublishState = "unpublished" | "published" | "changed";

/** What the Publish button shows: never published, up to date, or behind the draft. */
export function publishState(
  draft: Record<string, unknown> | null,
  published: Record<string, unknown> | null | undefined,
  draftSaved: boolean,
): PublishState {
  if (!published) return "unpublished";
  return draftSaved && draft && sameContent(draft, published) ? "published" : "changed";
}
