import { Puzzle, Sparkles } from "lucide-react";
import { describe, expect, it } from "vitest";
import { type Plugin, pluginKeywords } from "./catalogue";
import { pluginIcon } from "./definition";

const plugin = (actions: string[]): Plugin => ({
  id: "p",
  name: "P",
  icon: "p",
  credentialsType: null,
  actions: actions.map((name) => ({ name, optionsSchema: {} })),
});

describe("plugin blocks in the sidebar", () => {
  it("are found by their actions, and model providers by 'AI'", () => {
    expect(pluginKeywords(plugin(["Track", "Page"]))).toEqual(["Track", "Page"]);
    expect(pluginKeywords(plugin(["Create chat completion"]))).toContain("AI");
  });

  it("show a sparkle for model providers, else a puzzle piece", () => {
    expect(pluginIcon("anthropic", ["AI"])).toBe(Sparkles);
    expect(pluginIcon("unknown", [])).toBe(Puzzle);
  });
});
