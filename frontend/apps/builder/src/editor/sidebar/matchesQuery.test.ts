import { describe, expect, it } from "vitest";
import { BLOCKS } from "../blocks/registry";
import { matchesQuery } from "./BlocksSidebar";

describe("the sidebar's search", () => {
  it("finds blocks by label, type and keywords, every word", () => {
    expect(matchesQuery(BLOCKS.Webhook, "http")).toBe(true);
    expect(matchesQuery(BLOCKS.Webhook, "API request")).toBe(true);
    expect(matchesQuery(BLOCKS.Condition, "if")).toBe(true);
    expect(matchesQuery(BLOCKS.Condition, "if email")).toBe(false);
    expect(matchesQuery(BLOCKS["Set variable"], "")).toBe(true);
  });
});
