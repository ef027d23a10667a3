import { describe, expect, it } from "vitest";
import { BLOCKS } from "../editor/blocks/registry";
import type { BotDocument } from "../editor/document";
import { cellText, INPUT_TYPES, type ResultRow, resultColumns, uploadedFiles } from "./columns";

function bot(): BotDocument {
  const block = (id: string, type: string, variableId?: string) => ({
    id,
    type,
    ...(variableId ? { options: { variableId } } : {}),
  });
  return {
    id: "bot",
    name: "Bot",
    events: [],
    edges: [],
    groups: [
      {
        id: "g1",
        title: "Welcome",
        graphCoordinates: { x: 0, y: 0 },
        blocks: [block("t1", "text"), block("name1", "text input", "vname"), block("pick", "choice input")],
      },
      {
        id: "g2",
        title: "Welcome",
        graphCoordinates: { x: 0, y: 0 },
        blocks: [
          block("again", "text input"),
          block("name2", "text input", "vname"),
          block("cv", "file input", "vcv"),
        ],
      },
    ],
    variables: [
      { id: "vname", name: "Name" },
      { id: "vcv", name: "CV" },
      { id: "vscore", name: "Score" },
      { id: "vsession", name: "Session", isSessionVariable: true },
    ],
  };
}

function result(overrides: Partial<ResultRow> = {}): ResultRow {
  return {
    id: "r1",
    createdAt: "2026-01-02T03:04:05Z",
    typebotId: "bot",
    variables: [],
    isCompleted: true,
    hasStarted: true,
    isArchived: false,
    lastChatSessionId: null,
    answers: [],
    ...overrides,
  };
}

describe("result columns", () => {
  it("knows exactly the registry's input block types", () => {
    const inputs = Object.values(BLOCKS)
      .filter((definition) => definition.family === "input")
      .map((definition) => definition.type);
    expect([...INPUT_TYPES].sort()).toEqual(inputs.sort());
  });

  it("lists the date, the inputs in group order, then the other variables, then deleted blocks", () => {
    const columns = resultColumns(bot(), ["name1", "gone", "gone"]);
    expect(columns.map((c) => [c.id, c.kind, c.label])).toEqual([
      ["date", "date", ""],
      ["name1", "input", "Name"],
      ["pick", "input", "Welcome"],
      ["again", "input", "Welcome (2)"],
      ["cv", "input", "CV"],
      ["vscore", "variable", "Score"],
      ["gone", "deleted", "gone"],
    ]);
    expect(columns[1].blockIds).toEqual(["name1", "name2"]);
  });

  it("reads a variable's value first, else the latest answer, lists joined", () => {
    const [, name, pick, , , score] = resultColumns(bot());
    const row = result({
      variables: [
        { id: "vname", name: "Name", value: null },
        { id: "vscore", name: "Score", value: ["1", null, "3"] },
      ],
      answers: [
        { blockId: "name1", content: "Ann", attachedFileUrls: [] },
        { blockId: "name2", content: "Anna", attachedFileUrls: [] },
      ],
    });
    expect(cellText(row, name)).toBe("Anna");
    expect(cellText(row, pick)).toBe("");
    expect(cellText(row, score)).toBe("1, , 3");
    expect(cellText(result({ variables: [{ id: "vname", name: "Name", value: "Bob" }] }), name)).toBe("Bob");
  });

  it("finds the uploaded files in file answers and attachments", () => {
    const columns = resultColumns(bot());
    const row = result({
      answers: [
        { blockId: "cv", content: "https://f/a.pdf, https://f/b.pdf", attachedFileUrls: [] },
        {
          blockId: "again",
          content: "see https://x",
          attachedFileUrls: ["https://f/c.png", "https://f/a.pdf"],
        },
      ],
    });
    expect(uploadedFiles(row, columns)).toEqual(["https://f/a.pdf", "https://f/b.pdf", "https://f/c.png"]);
  });
});
