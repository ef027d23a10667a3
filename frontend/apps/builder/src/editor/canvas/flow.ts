/** The document's graph as React Flow nodes and edges, and the handle ids that tie them. */
import type { Edge as FlowEdge, Node as FlowNode } from "@xyflow/react";
import type { BotDocument, BotEvent, Edge, EdgeSource, Group } from "../document";
import { estimatedSize } from "./viewport";

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

const NO_DATA = {};

/** A node's size as React Flow measured it. */
export type Measured = { width?: number; height?: number };

/**
 * Turns the document's groups and events into React Flow nodes, reusing the node of a group or
 * event that did not change (same object, selection and size): React Flow and the memoized nodes
 * then skip it, so a change to one group re-renders one node, not all of them. Nodes carry the
 * size React Flow measured (`measured`): without it a new node object is hidden until measured
 * again, and the minimap draws nothing.
 */
export function flowNodeBuilder(): (
  doc: BotDocument,
  selected: ReadonlySet<string>,
  measured: ReadonlyMap<string, Measured>,
) => FlowNode[] {
  let previous = new Map<string, { source: object; node: FlowNode }>();
  return (doc, selected, measured) => {
    const next = new Map<string, { source: object; node: FlowNode }>();
    const build = (source: Group | BotEvent, type: "botGroup" | "start"): FlowNode => {
      const isSelected = selected.has(source.id);
      const known = previous.get(source.id);
      const node =
        known &&
        known.source === source &&
        Boolean(known.node.selected) === isSelected &&
        known.node.measured === (measured.get(source.id) ?? known.node.measured)
          ? known.node
          : {
              id: source.id,
              type,
              position: source.graphCoordinates,
              data: NO_DATA,
              selected: isSelected,
              // An estimate until React Flow measures it: unmeasured nodes count as in view, so
              // without one every group of a large bot would be drawn to be measured.
              measured: measured.get(source.id) ?? estimatedSize(source),
              ...(type === "start" ? { deletable: false } : {}),
            };
      next.set(source.id, { source, node });
      return node;
    };
    const nodes = [
      ...doc.events.map((event) => build(event, "start")),
      ...doc.groups.map((group) => build(group, "botGroup")),
    ];
    previous = next;
    return nodes;
  };
}

/** The document's edges as React Flow edges, from the node that draws their source. */
export function toFlowEdges(
  doc: BotDocument,
  owners: Map<string, string>,
  selected: ReadonlySet<string>,
): FlowEdge[] {
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
      type: "deletable",
      selected: selected.has(edge.id),
    });
  }
  return edges;
}
