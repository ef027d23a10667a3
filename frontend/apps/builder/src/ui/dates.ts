/** Dates as people read them, in their language and time zone. */

/** "6 Dec 2026, 18:35" (the locale's way), or `fallback` when there is no date. */
export function formatDateTime(value: string | null | undefined, locale: string, fallback = "–"): string {
  if (!value) return fallback;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(value));
}
