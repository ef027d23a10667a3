import { describe, expect, it } from "vitest";
import { chartData, completionRate, formatPercent, mostDropped, parseTimeFilter, periodLabel } from "./stats";

const drop = (blockId: string, totalDropped: number) => ({
  blockId,
  groupId: "g",
  totalReached: 10,
  totalAnswered: 10 - totalDropped,
  totalDropped,
  dropOffRate: totalDropped / 10,
});

describe("completion rate", () => {
  it("counts completions out of starts", () => {
    expect(completionRate({ totalViews: 10, totalStarts: 4, totalCompleted: 1 })).toBe(0.25);
  });
  it("has none when nobody started", () => {
    expect(completionRate({ totalViews: 3, totalStarts: 0, totalCompleted: 0 })).toBeNull();
    expect(formatPercent(null, "en")).toBe("–");
  });
  it("reads as a whole percentage", () => {
    expect(formatPercent(0.256, "en")).toBe("26%");
  });
});

describe("periods", () => {
  it("falls back to the last 7 days for an unknown period", () => {
    expect(parseTimeFilter("allTime")).toBe("allTime");
    expect(parseTimeFilter("fortnight")).toBe("last7Days");
    expect(parseTimeFilter(null)).toBe("last7Days");
  });
  it("labels points in the user's time zone", () => {
    const start = "2026-03-31T22:00:00.000Z";
    expect(periodLabel(start, "day", "en-GB", "Europe/Paris")).toBe("1 Apr");
    expect(periodLabel(start, "day", "en-GB", "UTC")).toBe("31 Mar");
    expect(periodLabel(start, "hour", "en-GB", "Asia/Kolkata")).toBe("03:30");
    expect(periodLabel(start, "month", "en-GB", "America/New_York")).toBe("Mar 2026");
  });
});

describe("chart data", () => {
  it("lays the series out by point index", () => {
    const points = [
      { start: "a", totalViews: 3, totalStarts: 2, totalCompleted: 1 },
      { start: "b", totalViews: 5, totalStarts: 0, totalCompleted: 0 },
    ];
    expect(chartData(points)).toEqual([
      [0, 1],
      [3, 5],
      [2, 0],
      [1, 0],
    ]);
  });
});

describe("where most people leave", () => {
  it("is every block with the most drops", () => {
    expect(mostDropped([drop("a", 2), drop("b", 5), drop("c", 5)])).toEqual(new Set(["b", "c"]));
  });
  it("is nowhere when nobody left", () => {
    expect(mostDropped([drop("a", 0)])).toEqual(new Set());
    expect(mostDropped([])).toEqual(new Set());
  });
});
