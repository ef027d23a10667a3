import { describe, expect, it } from "vitest";
import { announcedTotal, attachmentName, progressShare, recordCounter } from "./exportProgress";

describe("export progress", () => {
  it("counts CSV records across pieces, not the header nor line feeds in quoted cells", () => {
    const counter = recordCounter("csv");
    expect(counter.push("Submitted at,Note\n2026,")).toBe(0);
    expect(counter.push('"two\nlines, ""quoted""')).toBe(0);
    expect(counter.push('"\n2026,plain\n')).toBe(2);
  });

  it("counts JSON lines", () => {
    const counter = recordCounter("jsonl");
    expect(counter.push('{"a":"x\\ny"}\n{"b"')).toBe(1);
    expect(counter.push(":1}\n")).toBe(2);
  });

  it("reads the announced total and file name", () => {
    const headers = new Headers({
      "X-Total-Count": "42",
      "Content-Disposition": 'attachment; filename="t-2026.csv"',
    });
    expect(announcedTotal(headers)).toBe(42);
    expect(announcedTotal(new Headers({ "X-Total-Count": "many" }))).toBeNull();
    expect(attachmentName(headers, "x")).toBe("t-2026.csv");
    expect(attachmentName(new Headers(), "results.csv")).toBe("results.csv");
    expect(progressShare(21, 42)).toBe(0.5);
    expect(progressShare(50, 42)).toBe(1);
    expect(progressShare(0, 0)).toBe(1);
    expect(progressShare(3, null)).toBeNull();
  });
});
