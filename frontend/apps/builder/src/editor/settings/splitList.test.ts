import { describe, expect, it } from "vitest";
import { splitList } from "./fields";

describe("splitList", () => {
  it("reads comma-separated text as a list, without blanks", () => {
    expect(splitList(" a@x.test, {{Email}} ,, ")).toEqual(["a@x.test", "{{Email}}"]);
    expect(splitList("")).toEqual([]);
  });
});
