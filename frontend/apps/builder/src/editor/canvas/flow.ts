/** The document's graph as React Flow nodes and edges, and the handle ids that tie them. */
import type { Edge as FlowEdge, Node as FlowNode } from "@xyflow/react";
import type { BotDocument, Edge, EdgeSource } from "../document";

export const TARGET_HANDLE = "in";

/** The id of the handle an edge leaves from: a block, an item of a block, an item's path, an event. */
export function sourceHandleId(from: EdgeSource): string {
  if ("eventId" in from) return `event:${from.eventId}`;
  if (from.pathId) return `path:${from.pathId}`;
  if (from.itemId) return `item:${from.itemId}`;
  return `block:${from.blockId}`;
}

/** The edge source a handle id stands for (the inverse of `sourceHandleId`). */
export function sourceFromHandle(doc: BotDocument, handleId: string): EdgeSource | undefined {
  const [kind, id] = [handleId.slice(0, handleId.indexOf(":")), handleId.slice(handleId.indexOf(":") + 1)];
  if (kind === "event") return { eventId: id };
  if (kind === "block") return { blockId: id };
  for (const group of doc.groups)
    for (const block of group.blocks)
      for (const item of block.items ?? []) {
        if (kind === "item" && item.id === id) return { blockId: block.id, itemId: item.id };
        const paths = Array.isArray(item.paths) ? (item.paths as { id: string }[]) : [];
        if (kind === "path" && paths.some((path) => path.id === id))
          return { blockId: block.id, itemId: item.id, pathId: id };
      }
  return undefined;
}

/** Which node each block is drawn in. */
export function blockOwners(doc: BotDocument): Map<string, string> {
  const owners = new Map<string, string>();
  for (const group of doc.groups) for (const block of group.blocks) owners.set(block.id, group.id);
  return owners;
}

export function toFlowNodes(doc: BotDocument, selected: ReadonlySet<string>): FlowNode[] {
  return [
    ...doc.events.map((event) => ({
      id: event.id,
      type: "start",
      position: event.graphCoordinates,
      data: {},
      deletable: false,
      selected: selected.has(event.id),
    })),
    ...doc.groups.map((group) => ({
      id: group.id,
      type: "group",
      position: group.graphCoordinates,
      data: {},
      selected: selected.has(group.id),
    })),
  ];
}

export function toFlowEdges(doc: BotDocument, owners: Map<string, string>): FlowEdge[] {
  const edges: FlowEdge[] = [];
  for (const edge of doc.edges as Edge[]) {
    const source = "eventId" in edge.from ? edge.from.eventId : owners.get(edge.from.blockId);
    if (!source) continue;
    edges.push({
      id: edge.id,
      source,
      sourceHandle: sourceHandleId(edge.from),
      target: edge.to.groupId,
      targetHandle: TARGET_HANDLE,
    });
  }
  return edges;
}
