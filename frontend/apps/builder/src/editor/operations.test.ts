import { produce } from "immer";
import { describe, expect, it } from "vitest";
import type { BotDocument } from "./document";
import { addGroup, connect, deleteBlocks, deleteGroups, newBlock, removeEdges } from "./operations";

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
});
