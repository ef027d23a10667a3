import { produce } from "immer";
import { describe, expect, it } from "vitest";
import {
  CLIPBOARD_KIND,
  copyGroups,
  DUPLICATE_OFFSET,
  duplicateGroups,
  parseClipboard,
  pasteGroups,
  serializeClipboard,
} from "./clipboard";
import type { BotDocument } from "./document";

/** Three groups: g1 (asks a name into v1) → g2 (a choice whose item goes to g3) → g3. */
function bot(): BotDocument {
  return {
    id: "bot",
    name: "Bot",
    events: [{ id: "start", type: "start", graphCoordinates: { x: 0, y: 0 }, outgoingEdgeId: "e0" }],
    variables: [
      { id: "v1", name: "Name" },
      { id: "v2", name: "Unused" },
    ],
    edges: [
      { id: "e0", from: { eventId: "start" }, to: { groupId: "g1" } },
      { id: "e1", from: { blockId: "b1" }, to: { groupId: "g2" } },
      { id: "e2", from: { blockId: "b2", itemId: "i1" }, to: { groupId: "g3" } },
    ],
    groups: [
      {
        id: "g1",
        title: "Ask",
        graphCoordinates: { x: 100, y: 50 },
        blocks: [{ id: "b1", type: "text input", options: { variableId: "v1" }, outgoingEdgeId: "e1" }],
      },
      {
        id: "g2",
        title: "Choose",
        graphCoordinates: { x: 400, y: 80 },
        blocks: [
          { id: "b2", type: "choice input", items: [{ id: "i1", content: "Yes", outgoingEdgeId: "e2" }] },
        ],
      },
      { id: "g3", title: "End", graphCoordinates: { x: 700, y: 0 }, blocks: [{ id: "b3", type: "text" }] },
    ],
  };
}

const ALL_IDS = (doc: BotDocument) =>
  new Set([
    ...doc.groups.flatMap((g) => [
      g.id,
      ...g.blocks.flatMap((b) => [b.id, ...(b.items ?? []).map((i) => i.id)]),
    ]),
    ...doc.edges.map((e) => e.id),
  ]);

describe("copy, paste and duplicate", () => {
  it("copies groups with the edges between them and the variables they use", () => {
    const clip = copyGroups(bot(), ["g1", "g2"]);
    expect(clip.kind).toBe(CLIPBOARD_KIND);
    expect(clip.groups.map((g) => g.id)).toEqual(["g1", "g2"]);
    expect(clip.edges.map((e) => e.id)).toEqual(["e1"]);
    expect(clip.variables.map((v) => v.id)).toEqual(["v1"]);
  });

  it("round-trips through the clipboard's text and ignores anything else", () => {
    const clip = copyGroups(bot(), ["g3"]);
    expect(parseClipboard(serializeClipboard(clip))).toEqual(clip);
    expect(parseClipboard("hello")).toBeNull();
    expect(parseClipboard('{"kind":"other","groups":[]}')).toBeNull();
    expect(parseClipboard(`{"kind":"${CLIPBOARD_KIND}","groups":[{"id":1}]}`)).toBeNull();
  });

  it("pastes with new ids, keeping inner edges and dropping the ones that left the selection", () => {
    const source = bot();
    const clip = copyGroups(source, ["g1", "g2"]);
    let pasted: string[] = [];
    const doc = produce(source, (draft) => {
      pasted = pasteGroups(draft, clip, { x: 1000, y: 1000 });
    });
    expect(doc.groups).toHaveLength(5);
    const [ask, choose] = pasted.map((id) => doc.groups.find((g) => g.id === id));
    const before = ALL_IDS(source);
    for (const id of ALL_IDS(doc)) if (!before.has(id)) expect(id).toMatch(/^[a-z][a-z0-9]{23}$/);
    expect(ask?.graphCoordinates).toEqual({ x: 1000, y: 1000 });
    expect(choose?.graphCoordinates).toEqual({ x: 1300, y: 1030 });
    expect(ask?.title).toBe("Ask (2)");
    expect(before.has(ask?.blocks[0].id ?? "b1")).toBe(false);
    const inner = doc.edges.find((e) => e.id === ask?.blocks[0].outgoingEdgeId);
    expect(inner?.to.groupId).toBe(choose?.id);
    expect(inner && "blockId" in inner.from && inner.from.blockId).toBe(ask?.blocks[0].id);
    expect(choose?.blocks[0].items?.[0].outgoingEdgeId).toBeUndefined();
    expect(doc.edges).toHaveLength(4);
    expect(ask?.blocks[0].options?.variableId).toBe("v1");
    expect(doc.variables).toEqual(source.variables);
  });

  it("pasting into another bot brings the variables it lacks, or uses one of the same name", () => {
    const clip = copyGroups(bot(), ["g1"]);
    const other: BotDocument = { ...bot(), id: "other", groups: [], edges: [], variables: [] };
    const withNew = produce(other, (draft) => void pasteGroups(draft, clip));
    expect(withNew.variables).toEqual([{ id: "v1", name: "Name" }]);
    expect(withNew.groups[0].title).toBe("Ask");
    expect(withNew.groups[0].graphCoordinates).toEqual({ x: 100, y: 50 });

    const namesake: BotDocument = { ...other, variables: [{ id: "mine", name: "Name" }] };
    const withExisting = produce(namesake, (draft) => void pasteGroups(draft, clip));
    expect(withExisting.variables).toEqual([{ id: "mine", name: "Name" }]);
    expect(withExisting.groups[0].blocks[0].options?.variableId).toBe("mine");
  });

  it("duplicates groups beside the originals, keeping their variables", () => {
    const source = bot();
    let copies: string[] = [];
    const doc = produce(source, (draft) => {
      copies = duplicateGroups(draft, ["g2", "g3"]);
    });
    expect(copies).toHaveLength(2);
    const [choose, end] = copies.map((id) => doc.groups.find((g) => g.id === id));
    expect(choose?.graphCoordinates).toEqual({ x: 400 + DUPLICATE_OFFSET.x, y: 80 + DUPLICATE_OFFSET.y });
    expect(end?.title).toBe("End (2)");
    const itemEdge = doc.edges.find((e) => e.id === choose?.blocks[0].items?.[0].outgoingEdgeId);
    expect(itemEdge?.to.groupId).toBe(end?.id);
    expect(source.groups[1].blocks[0].items?.[0].outgoingEdgeId).toBe("e2");
    expect(produce(source, (draft) => void duplicateGroups(draft, ["missing"]))).toBe(source);
  });
});
