/**
 * Copy, paste and duplicate of groups, as pure functions on documents. A copy is plain JSON (the
 * system clipboard carries it between tabs and bots): the groups, the edges between them, and the
 * variables their blocks name. Pasting gives every group, block, item, path and edge a new id, so
 * a paste never collides with what is there; edges that left the selection are dropped.
 */
import {
  type BotDocument,
  type Coordinates,
  createId,
  type Edge,
  type Group,
  type Variable,
} from "./document";

/** Marks the clipboard text as Botloom's, so pasting someone's text does nothing. */
export const CLIPBOARD_KIND = "botloom/groups";

export interface GroupsClipboard {
  kind: typeof CLIPBOARD_KIND;
  groups: Group[];
  edges: Edge[];
  variables: Variable[];
}

/** Every string anywhere in a value (ids, variable references, text). */
function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value && typeof value === "object")
    for (const item of Object.values(value)) collectStrings(item, into);
}

/** A deep copy of `value` with every string that is a key of `ids` replaced by its value. */
function renamed<T>(value: T, ids: ReadonlyMap<string, string>): T {
  if (typeof value === "string") return (ids.get(value) ?? value) as T;
  if (Array.isArray(value)) return value.map((item) => renamed(item, ids)) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renamed(item, ids)])) as T;
  return value;
}

/** The ids a group owns: its own, its blocks', their items' and the items' paths'. */
function ownedIds(group: Group): string[] {
  const ids = [group.id];
  for (const block of group.blocks) {
    ids.push(block.id);
    for (const item of block.items ?? []) {
      ids.push(item.id);
      if (Array.isArray(item.paths)) for (const path of item.paths as { id: string }[]) ids.push(path.id);
    }
  }
  return ids;
}

/** Copies groups with the edges between them and the variables they use. */
export function copyGroups(doc: BotDocument, groupIds: Iterable<string>): GroupsClipboard {
  const wanted = new Set(groupIds);
  const groups = doc.groups.filter((group) => wanted.has(group.id));
  const inside = new Set(groups.flatMap(ownedIds));
  const edges = doc.edges.filter(
    (edge) => "blockId" in edge.from && inside.has(edge.from.blockId) && wanted.has(edge.to.groupId),
  );
  const used = new Set<string>();
  collectStrings(groups, used);
  const variables = doc.variables.filter((variable) => used.has(variable.id));
  // A JSON copy, not structuredClone: the document may be an immer draft (a Proxy).
  return JSON.parse(JSON.stringify({ kind: CLIPBOARD_KIND, groups, edges, variables }));
}

/** The clipboard's JSON text. */
export function serializeClipboard(clipboard: GroupsClipboard): string {
  return JSON.stringify(clipboard);
}

/** Reads clipboard text; anything that is not a copy of Botloom groups is `null`. */
export function parseClipboard(text: string): GroupsClipboard | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const clip = value as Partial<GroupsClipboard> | null;
  if (clip?.kind !== CLIPBOARD_KIND || !Array.isArray(clip.groups) || clip.groups.length === 0) return null;
  const groupsValid = clip.groups.every(
    (group) => typeof group?.id === "string" && Array.isArray(group.blocks) && group.graphCoordinates,
  );
  if (!groupsValid) return null;
  return {
    kind: CLIPBOARD_KIND,
    groups: clip.groups,
    edges: Array.isArray(clip.edges) ? clip.edges : [],
    variables: Array.isArray(clip.variables) ? clip.variables : [],
  };
}

/** Adds the clipboard's variables the document lacks; one of the same name stands in for it. */
function variableIds(doc: BotDocument, variables: Variable[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const variable of variables) {
    if (doc.variables.some((existing) => existing.id === variable.id)) continue;
    const namesake = doc.variables.find((existing) => existing.name === variable.name);
    if (namesake) ids.set(variable.id, namesake.id);
    else doc.variables.push({ ...variable });
  }
  return ids;
}

/**
 * Pastes copied groups with new ids, their top-left corner at `at` (where they were, by default),
 * titles made unique. Returns the new groups' ids.
 */
export function pasteGroups(doc: BotDocument, clipboard: GroupsClipboard, at?: Coordinates): string[] {
  const ids = variableIds(doc, clipboard.variables);
  for (const id of clipboard.groups.flatMap(ownedIds)) ids.set(id, createId());
  for (const edge of clipboard.edges) ids.set(edge.id, createId());
  const kept = new Set(clipboard.edges.map((edge) => ids.get(edge.id)));
  const origin = {
    x: Math.min(...clipboard.groups.map((group) => group.graphCoordinates.x)),
    y: Math.min(...clipboard.groups.map((group) => group.graphCoordinates.y)),
  };
  const shift = at ? { x: at.x - origin.x, y: at.y - origin.y } : { x: 0, y: 0 };
  const titles = new Set(doc.groups.map((group) => group.title));
  const pasted: string[] = [];
  for (const source of clipboard.groups) {
    const group = renamed(source, ids);
    dropEdgesOutside(group, kept);
    group.graphCoordinates = {
      x: Math.round(source.graphCoordinates.x + shift.x),
      y: Math.round(source.graphCoordinates.y + shift.y),
    };
    group.title = uniqueTitle(group.title, titles);
    titles.add(group.title);
    doc.groups.push(group);
    pasted.push(group.id);
  }
  for (const edge of clipboard.edges) doc.edges.push(renamed(edge, ids));
  return pasted;
}

/** Clears the group's `outgoingEdgeId`s that name edges not in `kept` (edges left behind). */
function dropEdgesOutside(group: Group, kept: ReadonlySet<string | undefined>): void {
  const clear = (owner: { outgoingEdgeId?: string }) => {
    if (owner.outgoingEdgeId && !kept.has(owner.outgoingEdgeId)) delete owner.outgoingEdgeId;
  };
  for (const block of group.blocks) {
    clear(block);
    for (const item of block.items ?? []) {
      clear(item);
      if (Array.isArray(item.paths))
        for (const path of item.paths as { outgoingEdgeId?: string }[]) clear(path);
    }
  }
}

function uniqueTitle(title: string, taken: ReadonlySet<string>): string {
  if (!taken.has(title)) return title;
  let n = 2;
  while (taken.has(`${title} (${n})`)) n++;
  return `${title} (${n})`;
}

/** How far a duplicate lands from its original, so both stay visible. */
export const DUPLICATE_OFFSET = { x: 40, y: 40 };

/** Duplicates groups beside themselves (same variables); returns the copies' ids. */
export function duplicateGroups(doc: BotDocument, groupIds: Iterable<string>): string[] {
  const clipboard = copyGroups(doc, groupIds);
  if (clipboard.groups.length === 0) return [];
  const x = Math.min(...clipboard.groups.map((group) => group.graphCoordinates.x));
  const y = Math.min(...clipboard.groups.map((group) => group.graphCoordinates.y));
  return pasteGroups(doc, clipboard, { x: x + DUPLICATE_OFFSET.x, y: y + DUPLICATE_OFFSET.y });
}
