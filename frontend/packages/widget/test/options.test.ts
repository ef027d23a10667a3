import { describe, expect, it } from "vitest";
import {
  addressWithoutQuery,
  mergeTheme,
  normalizeApiHost,
  normalizeOptions,
  prefilledVariables,
  queryParamVariables,
} from "../src/options";

describe("options", () => {
  it("requires the bot's public id", () => {
    expect(() => normalizeOptions({ typebot: "" }, "https://a.example")).toThrow(/typebot/);
    expect(() => normalizeOptions({} as never, "https://a.example")).toThrow(/typebot/);
  });

  it("defaults apiHost to the script's origin and drops trailing slashes", () => {
    expect(normalizeOptions({ typebot: " bot " }, "https://cdn.example").apiHost).toBe("https://cdn.example");
    expect(normalizeApiHost("https://bots.example.com/", "https://x")).toBe("https://bots.example.com");
  });

  it("turns the page's query parameters into prefilled variables, options winning", () => {
    expect(queryParamVariables("?utm_source=ads&Name=Ada%20L")).toEqual({ utm_source: "ads", Name: "Ada L" });
    expect(prefilledVariables("?Name=Query&City=Paris", { Name: "Option" }, undefined, { Plan: "pro" })).toEqual({
      Name: "Option",
      City: "Paris",
      Plan: "pro",
    });
  });

  it("merges theme overrides key by key and ignores embed-only keys", () => {
    const merged = mergeTheme(
      { chat: { hostBubbles: { backgroundColor: "#fff", color: "#000" } }, customCss: "a{}" },
      { chat: { hostBubbles: { color: "#111" } }, button: { backgroundColor: "red" } } as never,
    );
    expect(merged).toEqual({ chat: { hostBubbles: { backgroundColor: "#fff", color: "#111" } }, customCss: "a{}" });
  });
});

describe("hiding query parameters", () => {
  it("keeps the path and the fragment, drops the query", () => {
    expect(addressWithoutQuery("https://bots.example/lead?email=a%40b.c&utm=x#top")).toBe("https://bots.example/lead#top");
  });
  it("has nothing to do without a query", () => {
    expect(addressWithoutQuery("https://bots.example/lead")).toBeNull();
  });
});
