import { describe, expect, it } from "vitest";
import { plainText, richTextToTree } from "../src/richtext";

describe("rich text", () => {
  it("nests bold, italic and underline around the text", () => {
    const tree = richTextToTree([{ type: "p", children: [{ text: "hi", bold: true, italic: true, underline: true }] }]);
    expect(tree).toEqual([
      { tag: "p", children: [{ tag: "strong", children: [{ tag: "em", children: [{ tag: "u", children: ["hi"] }] }] }] },
    ]);
  });

  it("opens links in a new tab and drops javascript: links", () => {
    const [ok, bad] = richTextToTree([
      { type: "a", url: "https://example.com", children: [{ text: "site" }] },
      { type: "a", url: "javascript:alert(1)", children: [{ text: "evil" }] },
    ]);
    expect(ok).toEqual({
      tag: "a",
      attrs: { href: "https://example.com/", target: "_blank", rel: "noopener noreferrer" },
      children: ["site"],
    });
    expect(bad).toEqual({ tag: "span", children: ["evil"] });
  });

  it("renders lists, an empty paragraph as a line break and unknown nodes as div", () => {
    const tree = richTextToTree([
      { type: "ul", children: [{ type: "li", children: [{ type: "lic", children: [{ text: "one" }] }] }] },
      { type: "p", children: [{ text: "" }] },
      { type: "mystery", children: [{ text: "x" }] },
    ]);
    expect(tree).toEqual([
      { tag: "ul", children: [{ tag: "li", children: [{ tag: "span", children: ["one"] }] }] },
      { tag: "br", children: [] },
      { tag: "div", children: ["x"] },
    ]);
  });

  it("gives the plain text of paragraphs, one per line", () => {
    expect(
      plainText([
        { type: "p", children: [{ text: "Hello " }, { text: "world", bold: true }] },
        { type: "p", children: [{ text: "Bye" }] },
      ]),
    ).toBe("Hello world\nBye");
  });
});
