import { describe, expect, it } from "vitest";
import { bodyPaths } from "./bodyPaths";

describe("bodyPaths", () => {
  it("lists every path of a test response, lists by their first item", () => {
    const response = { statusCode: 200, data: { reply: "hi", items: [{ name: "a" }, { name: "b" }] } };
    expect(bodyPaths(response)).toEqual([
      "statusCode",
      "data",
      "data.reply",
      "data.items",
      "data.items[0]",
      "data.items[0].name",
    ]);
  });

  it("quotes keys that are not identifiers", () => {
    expect(bodyPaths({ data: { "content-type": "json" } })).toEqual(["data", 'data["content-type"]']);
  });

  it("has no paths for a plain value", () => {
    expect(bodyPaths("text")).toEqual([]);
  });
});
