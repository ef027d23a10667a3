import { describe, expect, it } from "vitest";
import { embedSnippet, pageUrl } from "./snippets";

describe("share snippets", () => {
  it("load the widget from this server and name the bot's public id", () => {
    const standard = embedSnippet("standard", "my-bot", "https://bots.example.com");
    expect(standard).toContain('<botloom-standard style="width: 100%; height: 600px"></botloom-standard>');
    expect(standard).toContain('import Botloom from "https://bots.example.com/static/web.js";');
    expect(standard).toContain('Botloom.initStandard({ typebot: "my-bot" });');
    expect(embedSnippet("popup", "my-bot", "https://b.example")).toContain(
      'Botloom.initPopup({ typebot: "my-bot"',
    );
    expect(embedSnippet("bubble", 'a"b', "https://b.example")).toContain('typebot: "a\\"b"');
    expect(embedSnippet("bubble", "x", "https://b.example")).not.toContain("<botloom-standard");
  });

  it("gives the public page's URL", () => {
    expect(pageUrl("my-bot", "https://bots.example.com")).toBe("https://bots.example.com/my-bot");
  });
});
