import { describe, expect, it } from "vitest";
import type { ResultColumn } from "./columns";
import {
  canHide,
  isShown,
  orderedColumns,
  readPreferences,
  withMoved,
  withShown,
  withWidth,
} from "./preferences";

const column = (id: string): ResultColumn => ({
  id,
  label: id,
  kind: "input",
  blockIds: [id],
  variableIds: [],
});
const columns = ["date", "a", "b", "c"].map(column);
const ids = (list: ResultColumn[]) => list.map((c) => c.id);

describe("table preferences", () => {
  it("reads what a document holds, dropping what is malformed", () => {
    expect(readPreferences(undefined)).toEqual({ columnsOrder: [], columnsVisibility: {}, columnsWidth: {} });
    expect(
      readPreferences({
        columnsOrder: ["b", 3, "a"],
        columnsVisibility: { a: false, b: "no" },
        columnsWidth: { a: 120, b: "wide" },
      }),
    ).toEqual({ columnsOrder: ["b", "a"], columnsVisibility: { a: false }, columnsWidth: { a: 120 } });
  });

  it("puts the saved order first, unknown ids ignored, new columns after in natural order", () => {
    const prefs = readPreferences({ columnsOrder: ["select", "c", "gone", "a"] });
    expect(ids(orderedColumns(columns, prefs))).toEqual(["c", "a", "date", "b"]);
  });

  it("moves a column one place and saves the whole order, keeping foreign ids", () => {
    const prefs = readPreferences({ columnsOrder: ["select", "c"] });
    const moved = withMoved(columns, prefs, "b", -1);
    expect(ids(orderedColumns(columns, moved))).toEqual(["c", "date", "b", "a"]);
    expect(moved.columnsOrder).toEqual(["c", "date", "b", "a", "select"]);
    expect(withMoved(columns, moved, "c", -1)).toBe(moved);
    expect(withMoved(columns, moved, "a", 1)).toBe(moved);
  });

  it("hides, shows and sizes columns without touching the rest", () => {
    const hidden = withShown(readPreferences({ columnsWidth: { a: 90 } }), "b", false);
    expect(isShown(hidden, "b")).toBe(false);
    expect(isShown(hidden, "a")).toBe(true);
    expect(isShown(withShown(hidden, "b", true), "b")).toBe(true);
    expect(withWidth(hidden, "b", 151.6).columnsWidth).toEqual({ a: 90, b: 152 });
  });

  it("always shows the date, which opens a result from the keyboard", () => {
    expect(isShown(withShown(readPreferences({}), "date", false), "date")).toBe(true);
    expect(canHide("date")).toBe(false);
    expect(canHide("a")).toBe(true);
  });
});
