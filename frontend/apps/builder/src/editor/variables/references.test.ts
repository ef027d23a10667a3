import { produce } from "immer";
import { describe, expect, it } from "vitest";
import type { BotDocument } from "../document";
import { deleteVariable, findUsages, nameProblem, renameVariable } from "./references";

function bot(): BotDocument {
  return {
    id: "bot",
    name: "Bot",
    events: [],
    edges: [],
    variables: [
      { id: "v-name", name: "Name" },
      { id: "v-names", name: "Names" },
      { id: "v-city", name: "City" },
    ],
    groups: [
      {
        id: "g1",
        title: "Ask",
        graphCoordinates: { x: 0, y: 0 },
        blocks: [
          {
            id: "ask",
            type: "text input",
            options: { variableId: "v-name", labels: { placeholder: "Your name?" } },
          },
          {
            id: "hello",
            type: "text",
            content: {
              richText: [
                {
                  type: "p",
                  children: [{ text: "Hello " }, { text: "{{Name}}", bold: true }, { text: "! {{Names}}" }],
                },
              ],
            },
          },
        ],
      },
      {
        id: "g2",
        title: "Pay",
        graphCoordinates: { x: 0, y: 0 },
        blocks: [
          { id: "pay", type: "payment input", options: { additionalInformation: { name: "{{Name}}" } } },
          {
            id: "pics",
            type: "picture choice input",
            options: { dynamicItems: { titlesVariableId: "v-city" } },
          },
          { id: "sheet", type: "Google Sheets", options: { responseVariableIds: ["v-city"] } },
        ],
      },
    ],
  };
}

describe("findUsages", () => {
  it("finds blocks that point at the variable by id and that name it in text", () => {
    expect(
      findUsages(bot(), "v-name").map(({ blockId, kind, groupTitle }) => [groupTitle, blockId, kind]),
    ).toEqual([
      ["Ask", "ask", "reference"],
      ["Ask", "hello", "text"],
      ["Pay", "pay", "text"],
    ]);
  });

  it("finds ids nested in options and in lists of ids", () => {
    expect(findUsages(bot(), "v-city").map((usage) => usage.blockId)).toEqual(["pics", "sheet"]);
  });

  it("does not confuse a name with a longer one", () => {
    expect(findUsages(bot(), "v-names").map((usage) => usage.blockId)).toEqual(["hello"]);
  });

  it("finds nothing for an unknown variable", () => {
    expect(findUsages(bot(), "nope")).toEqual([]);
  });
});

describe("renameVariable", () => {
  it("renames the variable and every {{Old}} in texts and rich text, keeping ids", () => {
    const before = bot();
    const after = produce(before, (draft) => renameVariable(draft, "v-name", "First name"));
    expect(after.variables[0]).toEqual({ id: "v-name", name: "First name" });
    const [ask, hello] = after.groups[0].blocks;
    expect(ask.options?.variableId).toBe("v-name");
    expect(JSON.stringify(hello.content)).toContain("{{First name}}");
    expect(JSON.stringify(hello.content)).toContain("{{Names}}");
    expect(after.groups[1].blocks[0].options).toEqual({ additionalInformation: { name: "{{First name}}" } });
    expect(after.groups[1].blocks[1]).toBe(before.groups[1].blocks[1]);
    expect(JSON.stringify(before)).toContain('"{{Name}}"');
  });

  it("leaves the document alone when the name does not change", () => {
    const before = bot();
    expect(produce(before, (draft) => renameVariable(draft, "v-name", "Name"))).toBe(before);
  });
});

describe("nameProblem", () => {
  it("refuses blank, duplicate and braced names", () => {
    expect(nameProblem(bot(), " ")).toBe("A variable needs a name.");
    expect(nameProblem(bot(), "City")).toBe("There is already a variable called City.");
    expect(nameProblem(bot(), "City", "v-city")).toBeUndefined();
    expect(nameProblem(bot(), "{{x}}")).toBe("A name cannot hold braces.");
    expect(nameProblem(bot(), "Age")).toBeUndefined();
  });
});

describe("deleteVariable", () => {
  it("removes the variable and the settings that point at it, keeping texts", () => {
    const before = bot();
    const after = produce(before, (draft) => deleteVariable(draft, "v-city"));
    expect(after.variables.map((variable) => variable.id)).toEqual(["v-name", "v-names"]);
    expect(after.groups[1].blocks[1].options).toEqual({ dynamicItems: {} });
    expect(after.groups[1].blocks[2].options).toEqual({ responseVariableIds: [] });
    expect(after.groups[0]).toBe(before.groups[0]);
  });

  it("keeps {{Name}} in texts", () => {
    const after = produce(bot(), (draft) => deleteVariable(draft, "v-name"));
    expect(after.groups[0].blocks[0].options).toEqual({ labels: { placeholder: "Your name?" } });
    expect(JSON.stringify(after.groups[0].blocks[1].content)).toContain("{{Name}}");
  });
});
