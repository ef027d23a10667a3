import { describe, expect, it } from "vitest";
import { defaults } from "./defaults";
import { editableRichText, plainText } from "./richText";

describe("rich text", () => {
  it("reads the plain text of paragraphs, marks and links", () => {
    const richText = [
      { type: "p", children: [{ text: "Every block, " }, { text: "once", bold: true }, { text: "." }] },
      {
        type: "p",
        children: [{ type: "a", url: "https://botloom.test/help", children: [{ text: "Help" }] }],
      },
    ];
    expect(plainText(richText)).toBe("Every block, once.\nHelp");
  });

  it("has nothing to read in a missing text", () => {
    expect(plainText(undefined)).toBe("");
  });

  it("edits an empty paragraph when the block has no text yet", () => {
    expect(editableRichText(undefined)).toEqual([{ type: "p", children: [{ text: "" }] }]);
    expect(editableRichText([])).toEqual([{ type: "p", children: [{ text: "" }] }]);
  });

  it("starts a new text bubble with one empty paragraph", () => {
    expect(defaults().content).toEqual({ richText: [{ type: "p", children: [{ text: "" }] }] });
  });
});
