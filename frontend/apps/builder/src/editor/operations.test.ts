import { produce } from "immer";
import { describe, expect, it } from "vitest";
import type { BotDocument } from "./document";
import {
  addGroup,
  connect,
  deleteBlocks,
  deleteGroups,
  freePosition,
  moveBlock,
  moveNodes,
  newBlock,
  removeEdges,
  renameGroup,
} from "./operations";

function bot(): BotDocument {
  return {
    id: "bot",
    name: "Bot",
    events: [{ id: "start", type: "start", graphCoordinates: { x: 0, y: 0 } }],
    variables: [],
    edges: [],
    groups: [
      {
        id: "g1",
        title: "Group #1",
        graphCoordinates: { x: 100, y: 0 },
        blocks: [{ id: "b1", type: "text" }],
      },
      {
        id: "g2",
        title: "Group #2",
        graphCoordinates: { x: 400, y: 0 },
        blocks: [{ id: "b2", type: "choice input", items: [{ id: "i1" }] }],
      },
    ],
  };
}

describe("graph operations", () => {
  it("connects a source once, replacing its previous edge", () => {
    const doc = produce(bot(), (draft) => {
      connect(draft, { eventId: "start" }, "g1");
      connect(draft, { eventId: "start" }, "g2");
    });
    expect(doc.edges).toHaveLength(1);
    expect(doc.edges[0].to.groupId).toBe("g2");
    expect(doc.events[0].outgoingEdgeId).toBe(doc.edges[0].id);
  });

  it("connects items and clears their reference when the edge goes", () => {
    const connected = produce(bot(), (draft) => void connect(draft, { blockId: "b2", itemId: "i1" }, "g1"));
    expect(connected.groups[1].blocks[0].items?.[0].outgoingEdgeId).toBe(connected.edges[0].id);
    const removed = produce(connected, (draft) => removeEdges(draft, [connected.edges[0].id]));
    expect(removed.edges).toEqual([]);
    expect(removed.groups[1].blocks[0].items?.[0].outgoingEdgeId).toBeUndefined();
  });

  it("refuses to connect to a group that does not exist", () => {
    const doc = produce(bot(), (draft) => void connect(draft, { eventId: "start" }, "nowhere"));
    expect(doc.edges).toEqual([]);
  });

  it("deletes a group with the edges into and out of it", () => {
    const doc = produce(bot(), (draft) => {
      connect(draft, { eventId: "start" }, "g2");
      connect(draft, { blockId: "b2", itemId: "i1" }, "g1");
      deleteGroups(draft, ["g2"]);
    });
    expect(doc.groups.map((g) => g.id)).toEqual(["g1"]);
    expect(doc.edges).toEqual([]);
    expect(doc.events[0].outgoingEdgeId).toBeUndefined();
  });

  it("drops a group emptied by deleting its last block", () => {
    const doc = produce(bot(), (draft) => deleteBlocks(draft, ["b1"]));
    expect(doc.groups.map((g) => g.id)).toEqual(["g2"]);
  });

  it("makes new blocks from their defaults and names new groups after the last", () => {
    const doc = produce(bot(), (draft) => void addGroup(draft, { x: 0, y: 300 }, [newBlock("text input")]));
    expect(doc.groups[2].title).toBe("Group #3");
    expect(doc.groups[2].blocks[0].type).toBe("text input");
  });

  it("reorders a block inside its group", () => {
    const doc = produce(bot(), (draft) => {
      draft.groups[0].blocks.push({ id: "b3", type: "text" }, { id: "b4", type: "text" });
      moveBlock(draft, "b1", "g1", 2);
    });
    expect(doc.groups[0].blocks.map((b) => b.id)).toEqual(["b3", "b1", "b4"]);
    const back = produce(doc, (draft) => moveBlock(draft, "b4", "g1", 0));
    expect(back.groups[0].blocks.map((b) => b.id)).toEqual(["b4", "b3", "b1"]);
  });

  it("moves a block to another group with its edges, dropping the emptied group", () => {
    const doc = produce(bot(), (draft) => {
      draft.groups.push({ id: "g3", title: "Group #3", graphCoordinates: { x: 0, y: 0 }, blocks: [] });
      draft.groups[2].blocks.push({ id: "b5", type: "text" });
      connect(draft, { blockId: "b2", itemId: "i1" }, "g3");
      connect(draft, { eventId: "start" }, "g2");
      draft.edges.push({ id: "to-block", from: { blockId: "b5" }, to: { groupId: "g2", blockId: "b2" } });
      moveBlock(draft, "b2", "g1", 0);
    });
    expect(doc.groups.map((g) => g.id)).toEqual(["g1", "g3"]);
    expect(doc.groups[0].blocks.map((b) => b.id)).toEqual(["b2", "b1"]);
    const itemEdge = doc.edges.find((edge) => "blockId" in edge.from && edge.from.itemId === "i1");
    expect(itemEdge?.to.groupId).toBe("g3");
    expect(doc.groups[0].blocks[0].items?.[0].outgoingEdgeId).toBe(itemEdge?.id);
    expect(doc.events[0].outgoingEdgeId).toBeUndefined();
    expect(doc.edges.find((edge) => edge.id === "to-block")?.to).toEqual({ groupId: "g1", blockId: "b2" });
  });

  it("leaves the document alone when a block is dropped where it is", () => {
    const before = bot();
    expect(produce(before, (draft) => moveBlock(draft, "b1", "g1", 1))).toBe(before);
    expect(produce(before, (draft) => moveBlock(draft, "b1", "nowhere", 0))).toBe(before);
  });

  it("renames a group, refusing a blank title", () => {
    const doc = produce(bot(), (draft) => {
      renameGroup(draft, "g1", "  Welcome ");
      renameGroup(draft, "g2", "   ");
    });
    expect(doc.groups.map((g) => g.title)).toEqual(["Welcome", "Group #2"]);
  });

  it("moves groups and events to whole-pixel positions", () => {
    const doc = produce(bot(), (draft) =>
      moveNodes(
        draft,
        new Map([
          ["g2", { x: 10.4, y: 20.6 }],
          ["start", { x: -5, y: 7 }],
        ]),
      ),
    );
    expect(doc.groups[1].graphCoordinates).toEqual({ x: 10, y: 21 });
    expect(doc.groups[0].graphCoordinates).toEqual({ x: 100, y: 0 });
    expect(doc.events[0].graphCoordinates).toEqual({ x: -5, y: 7 });
  });

  it("finds a free spot for a new group below the groups in the way", () => {
    const doc = bot();
    const spot = freePosition(doc, { x: 110, y: 10 });
    expect(spot.x).toBe(110);
    expect(spot.y).toBeGreaterThan(doc.groups[0].graphCoordinates.y + 50);
    const free = freePosition(doc, { x: 100, y: 1000 });
    expect(free).toEqual({ x: 100, y: 1000 });
  });
});
