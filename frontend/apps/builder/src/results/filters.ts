/** The table's filters, and the query parameters the listing and the export share. */

export type Completion = "all" | "completed" | "unfinished";

export interface ResultFilters {
  completion: Completion;
  /** First day shown, `YYYY-MM-DD` in the user's time zone; "" for no lower bound. */
  from: string;
  /** Last day shown (included), `YYYY-MM-DD`; "" for no upper bound. */
  to: string;
  /** Text found in an answer. */
  text: string;
}

export const NO_FILTERS: ResultFilters = { completion: "all", from: "", to: "", text: "" };

export interface FilterParams {
  timeFilter: "allTime";
  completed?: boolean;
  from?: string;
  to?: string;
  q?: string;
}

/** Midnight starting `day` (`YYYY-MM-DD`) where the user is, as an ISO instant; `days` later. */
function localMidnight(day: string, days = 0): string | undefined {
  const [year, month, date] = day.split("-").map(Number);
  if (!year || !month || !date) return undefined;
  return new Date(year, month - 1, date + days).toISOString();
}

/** Query parameters for these filters: every time (not Typebot's last 7 days) unless a range
 * is chosen, whose days are the user's own (the `to` day included). */
export function filterParams(filters: ResultFilters): FilterParams {
  const params: FilterParams = { timeFilter: "allTime" };
  if (filters.completion !== "all") params.completed = filters.completion === "completed";
  const from = filters.from ? localMidnight(filters.from) : undefined;
  const to = filters.to ? localMidnight(filters.to, 1) : undefined;
  if (from) params.from = from;
  if (to) params.to = to;
  const text = filters.text.trim();
  if (text) params.q = text;
  return params;
}

/** The same parameters as a query string (for the export, fetched outside the API client). */
export function queryString(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  return search.toString();
}
