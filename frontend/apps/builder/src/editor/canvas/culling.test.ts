import { describe, expect, it } from "vitest";
import type { BotDocument } from "../document";
import { idsInView } from "./culling";
import { blockOwners } from "./flow";

/** Groups in a row 1,000 px apart; g0 → g9 by an edge that crosses the whole row. */
function row(): BotDocument {
  const groups = Array.from({ length: 10 }, (_, i) => ({
    id: `g${i}`,
    title: `Group ${i}`,
    graphCoordinates: { x: i * 1000, y: 0 },
    blocks: [{ id: `b${i}`, type: "text" }],
  }));
  return {
    id: "bot",
    name: "Bot",
    events: [{ id: "start", type: "start", graphCoordinates: { x: -200, y: 0 } }],
    variables: [],
    groups,
    edges: [{ id: "long", from: { blockId: "b0" }, to: { groupId: "g9" } }],
  };
}

describe("groups given to the canvas", () => {
  it("gives the groups near the view, the ends of edges crossing it, and the selection", () => {
    const doc = row();
    const view = { transform: [-4000, 0, 1] as [number, number, number], width: 800, height: 600 };
    const ids = idsInView(doc, blockOwners(doc), view, new Map(), ["g7"]);
    expect(ids).toEqual(["g0", "g4", "g5", "g7", "g9"]);
  });

  it("gives every group when the whole bot is in view", () => {
    const doc = row();
    const view = { transform: [300, 0, 0.05] as [number, number, number], width: 800, height: 600 };
    expect(idsInView(doc, blockOwners(doc), view, new Map(), [])).toHaveLength(11);
  });
});
