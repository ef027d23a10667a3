import { describe, expect, it } from "vitest";
import { filterParams, NO_FILTERS } from "./filters";

describe("filter parameters", () => {
  it("asks for every time without filters", () => {
    expect(filterParams(NO_FILTERS)).toEqual({ timeFilter: "allTime" });
  });

  it("turns the days into the user's midnights, the last day included, and trims the text", () => {
    const params = filterParams({
      completion: "unfinished",
      from: "2026-03-01",
      to: "2026-03-02",
      text: "  ann ",
    });
    expect(params.completed).toBe(false);
    expect(params.q).toBe("ann");
    expect(params.from).toBe(new Date(2026, 2, 1).toISOString());
    expect(params.to).toBe(new Date(2026, 2, 3).toISOString());
    expect(filterParams({ ...NO_FILTERS, completion: "completed" }).completed).toBe(true);
  });
});
