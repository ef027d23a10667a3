import { describe, expect, it } from "vitest";
import type { Group } from "../editor/document";
import { questionNames } from "./questions";

const text = (id: string, line: string) => ({
  id,
  type: "text",
  content: { richText: [{ type: "p", children: [{ text: line }] }] },
});

describe("question names", () => {
  it("names an input by the bubble asked just before, else by its type", () => {
    const groups: Group[] = [
      {
        id: "g1",
        title: "Contact",
        graphCoordinates: { x: 0, y: 0 },
        blocks: [
          text("t1", "What is   your\nname?"),
          { id: "n1", type: "text input" },
          { id: "e1", type: "email input" },
        ],
      },
    ];
    const names = questionNames(groups);
    expect(names.get("n1")).toEqual({ group: "Contact", question: "What is your name?" });
    expect(names.get("e1")).toEqual({ group: "Contact", question: "Email input" });
  });
  it("shortens a long question", () => {
    const long = "x".repeat(200);
    const names = questionNames([
      {
        id: "g",
        title: "G",
        graphCoordinates: { x: 0, y: 0 },
        blocks: [text("t", long), { id: "i", type: "url input" }],
      },
    ]);
    expect(names.get("i")?.question).toHaveLength(80);
  });
});
