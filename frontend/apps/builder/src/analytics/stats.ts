/** The arithmetic and wording of the analytics screen, apart from React. */
import type { Schemas } from "@botloom/api-client";

export type TimeFilter = Schemas["TimeFilter"];
export type Interval = Schemas["Interval"];
export type Stats = Schemas["Stats"];
export type StatsPoint = Schemas["StatsPoint"];

/** The periods offered, in the order a person scans them. */
export const TIME_FILTERS: readonly TimeFilter[] = [
  "today",
  "last7Days",
  "last30Days",
  "monthToDate",
  "lastMonth",
  "yearToDate",
  "allTime",
];

export const DEFAULT_TIME_FILTER: TimeFilter = "last7Days";

/** `value` if it names a period, else the default (for a value read from an address). */
export function parseTimeFilter(value: string | null | undefined): TimeFilter {
  return TIME_FILTERS.find((filter) => filter === value) ?? DEFAULT_TIME_FILTER;
}

/** The browser's IANA time zone, so that "today" is the user's today. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Completions out of starts (0 to 1), `null` when nobody started. */
export function completionRate(stats: Stats): number | null {
  return stats.totalStarts > 0 ? stats.totalCompleted / stats.totalStarts : null;
}

/** A share as a whole percentage ("25 %" in the locale's way), "–" when there is none. */
export function formatPercent(rate: number | null, locale: string): string {
  if (rate === null) return "–";
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(rate);
}

/** How a period's start reads on the chart: an hour, a day, or a month, in `timeZone`. */
export function periodLabel(start: string, interval: Interval, locale: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions =
    interval === "hour"
      ? { hour: "2-digit", minute: "2-digit" }
      : interval === "day"
        ? { day: "numeric", month: "short" }
        : { month: "short", year: "numeric" };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(new Date(start));
}

/** The series as uPlot reads them: x is the point's index (labels come from `periodLabel`),
 * then views, starts and completions. */
export function chartData(points: readonly StatsPoint[]): [number[], number[], number[], number[]] {
  return [
    points.map((_, index) => index),
    points.map((point) => point.totalViews),
    points.map((point) => point.totalStarts),
    points.map((point) => point.totalCompleted),
  ];
}

/** The input blocks where the most chats stopped (none when nobody stopped anywhere). */
export function mostDropped(dropOffs: readonly Schemas["BlockDropOff"][]): Set<string> {
  const most = Math.max(0, ...dropOffs.map((row) => row.totalDropped));
  return new Set(
    most > 0 ? dropOffs.filter((row) => row.totalDropped === most).map((row) => row.blockId) : [],
  );
}
