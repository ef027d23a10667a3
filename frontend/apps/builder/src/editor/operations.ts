/**
 * Changes to the graph, as pure functions on an immer draft, so every screen changes the
 * document the same way (and tests check them without a browser). They keep references whole:
 * an edge and the `outgoingEdgeId` that names it come and go together.
 */
import { definitionOf } from "./blocks/registry";
import { estimatedSize } from "./canvas/viewport";
import {
  type Block,
  type BotDocument,
  type Coordinates,
  createId,
  type EdgeSource,
  type Group,
} from "./document";

type Outgoing = { outgoingEdgeId?: string };

/** The object whose `outgoingEdgeId` an edge source sets: an event, a block, an item or a path. */
function ownerOf(doc: BotDocument, from: EdgeSource): Outgoing | undefined {
  if ("eventId" in from) return doc.events.find((event) => event.id === from.eventId);
  for (const group of doc.groups) {
    const block = group.blocks.find((candidate) => candidate.id === from.blockId);
    if (!block) continue;
    if (!from.itemId) return block;
    const item = block.items?.find((candidate) => candidate.id === from.itemId);
    if (!item || !from.pathId) return item;
    const paths = Array.isArray(item.paths) ? (item.paths as (Outgoing & { id: string })[]) : [];
    return paths.find((path) => path.id === from.pathId);
  }
  return undefined;
}

/** Removes edges by id, and the `outgoingEdgeId`s that pointed at them. */
export function removeEdges(doc: BotDocument, edgeIds: Iterable<string>): void {
  const ids = new Set(edgeIds);
  for (const edge of doc.edges) {
    if (!ids.has(edge.id)) continue;
    const owner = ownerOf(doc, edge.from);
    if (owner?.outgoingEdgeId === edge.id) delete owner.outgoingEdgeId;
  }
  doc.edges = doc.edges.filter((edge) => !ids.has(edge.id));
}

/** Connects a source to a group, replacing the source's previous edge (a source has one). */
export function connect(doc: BotDocument, from: EdgeSource, groupId: string): string | undefined {
  const owner = ownerOf(doc, from);
  if (!owner || !doc.groups.some((group) => group.id === groupId)) return undefined;
  if (owner.outgoingEdgeId) removeEdges(doc, [owner.outgoingEdgeId]);
  const id = createId();
  doc.edges.push({ id, from, to: { groupId } });
  owner.outgoingEdgeId = id;
  return id;
}

/** A new block of a type with its defaults (an unknown type is a plugin block, options empty). */
export function newBlock(type: string): Block {
  const definition = definitionOf(type);
  return { id: createId(), type, ...(definition ? definition.defaults() : { options: {} }) };
}

/** The edges that leave from a block or anything inside it. */
function edgesFromBlocks(doc: BotDocument, blockIds: ReadonlySet<string>): string[] {
  return doc.edges
    .filter((edge) => "blockId" in edge.from && blockIds.has(edge.from.blockId))
    .map((e) => e.id);
}

/** Inserts a block into a group at `index` (the end by default). */
export function insertBlock(doc: BotDocument, groupId: string, block: Block, index?: number): void {
  const group = doc.groups.find((candidate) => candidate.id === groupId);
  if (!group) return;
  group.blocks.splice(index ?? group.blocks.length, 0, block);
}

/** A new group at `position` holding `blocks`, titled after the groups already there. */
export function addGroup(doc: BotDocument, position: Coordinates, blocks: Block[]): Group {
  const taken = new Set(doc.groups.map((group) => group.title));
  let n = doc.groups.length + 1;
  while (taken.has(`Group #${n}`)) n++;
  const group: Group = { id: createId(), title: `Group #${n}`, graphCoordinates: position, blocks };
  doc.groups.push(group);
  return group;
}

/** Removes blocks, their outgoing edges, and groups left empty by it. */
export function deleteBlocks(doc: BotDocument, blockIds: Iterable<string>): void {
  const ids = new Set(blockIds);
  removeEdges(doc, edgesFromBlocks(doc, ids));
  for (const group of doc.groups) group.blocks = group.blocks.filter((block) => !ids.has(block.id));
  const emptied = doc.groups.filter((group) => group.blocks.length === 0).map((group) => group.id);
  deleteGroups(doc, emptied);
}

/** Removes groups, every edge that leaves from or arrives at them. */
export function deleteGroups(doc: BotDocument, groupIds: Iterable<string>): void {
  const ids = new Set(groupIds);
  const blockIds = new Set(doc.groups.filter((g) => ids.has(g.id)).flatMap((g) => g.blocks.map((b) => b.id)));
  const incoming = doc.edges.filter((edge) => ids.has(edge.to.groupId)).map((edge) => edge.id);
  removeEdges(doc, [...edgesFromBlocks(doc, blockIds), ...incoming]);
  doc.groups = doc.groups.filter((group) => !ids.has(group.id));
}

/**
 * Moves a block to `index` in a group (the index counts the target's blocks before the move).
 * The block keeps its edges; edges that arrived at the block follow it; a group left empty goes.
 */
export function moveBlock(doc: BotDocument, blockId: string, groupId: string, index: number): void {
  const source = doc.groups.find((group) => group.blocks.some((block) => block.id === blockId));
  const target = doc.groups.find((group) => group.id === groupId);
  if (!source || !target) return;
  const from = source.blocks.findIndex((block) => block.id === blockId);
  const at = source === target && from < index ? index - 1 : index;
  if (source === target && from === at) return;
  const [block] = source.blocks.splice(from, 1);
  target.blocks.splice(Math.max(0, Math.min(at, target.blocks.length)), 0, block);
  for (const edge of doc.edges) if (edge.to.blockId === blockId) edge.to.groupId = groupId;
  if (source.blocks.length === 0) deleteGroups(doc, [source.id]);
}

/** Renames a group; a blank title is refused (a group is found by its title on the canvas). */
export function renameGroup(doc: BotDocument, groupId: string, title: string): void {
  const group = doc.groups.find((candidate) => candidate.id === groupId);
  const trimmed = title.trim();
  if (group && trimmed) group.title = trimmed;
}

/** Puts groups and events at new positions (rounded: the document keeps whole pixels). */
export function moveNodes(doc: BotDocument, positions: ReadonlyMap<string, Coordinates>): void {
  for (const node of [...doc.groups, ...doc.events]) {
    const position = positions.get(node.id);
    if (position) node.graphCoordinates = { x: Math.round(position.x), y: Math.round(position.y) };
  }
}

const SPOT_GAP = 40;

/**
 * The first place from `position` down where a new group clears every other group (by their
 * estimated sizes), so blocks added one after another from the sidebar do not pile up.
 */
export function freePosition(
  doc: BotDocument,
  position: Coordinates,
  size = { width: 300, height: 100 },
): Coordinates {
  const boxes = doc.groups.map((group) => ({ ...group.graphCoordinates, ...estimatedSize(group) }));
  const spot = { x: Math.round(position.x), y: Math.round(position.y) };
  for (let tries = 0; tries < 200; tries++) {
    const clash = boxes.find(
      (box) =>
        spot.x < box.x + box.width + SPOT_GAP &&
        box.x < spot.x + size.width + SPOT_GAP &&
        spot.y < box.y + box.height + SPOT_GAP &&
        box.y < spot.y + size.height + SPOT_GAP,
    );
    if (!clash) return spot;
    spot.y = clash.y + clash.height + SPOT_GAP;
  }
  return spot;
}
