/** What the dashboard decides without the server: where a folder sits, and what a drop does. */

export interface FolderPlace {
  id: string;
  name: string;
  parentFolderId: string | null;
}

/** The most folders deep a trail is followed: past it, the data must loop. */
export const MAX_DEPTH = 64;

/**
 * The folders from the top level down to `folderId` (itself last), read one parent at a time.
 * A parent that is already in the trail (a loop in bad data) ends it, as does `MAX_DEPTH`.
 */
export async function folderTrail(
  folderId: string,
  read: (id: string) => Promise<FolderPlace>,
): Promise<FolderPlace[]> {
  const trail: FolderPlace[] = [];
  const seen = new Set<string>();
  let next: string | null = folderId;
  while (next !== null && !seen.has(next) && trail.length < MAX_DEPTH) {
    seen.add(next);
    const folder: FolderPlace = await read(next);
    trail.unshift(folder);
    next = folder.parentFolderId;
  }
  return trail;
}

/** The drag data type of a bot card: only drops carrying it are taken by folders. */
export const BOT_DRAG_TYPE = "application/x-botloom-bot";

export interface DraggedBot {
  id: string;
  name: string;
  folderId: string | null;
}

/** A dragged bot as drag data. */
export function encodeDraggedBot(bot: DraggedBot): string {
  return JSON.stringify(bot);
}

/** The bot a drop carries, or null for anything else (text, files, a malformed payload). */
export function decodeDraggedBot(data: string): DraggedBot | null {
  try {
    const value: unknown = JSON.parse(data);
    if (!value || typeof value !== "object") return null;
    const { id, name, folderId } = value as Record<string, unknown>;
    if (typeof id !== "string" || !id || typeof name !== "string") return null;
    if (folderId !== null && typeof folderId !== "string") return null;
    return { id, name, folderId };
  } catch {
    return null;
  }
}

/** Whether dropping (or moving) a bot that is in `from` into `to` changes anything. */
export function movesBot(from: string | null, to: string | null): boolean {
  return (from ?? null) !== (to ?? null);
}

/** What makes a bot that bot (or ties it to a place), left out of a copy of its draft. */
const NOT_COPIED = [
  "id",
  "workspaceId",
  "folderId",
  "publicId",
  "customDomain",
  "createdAt",
  "updatedAt",
  "publishedTypebotId",
  "isArchived",
  "isClosed",
] as const;

/**
 * The document a new bot is imported from (a duplicate of a draft, a template): `doc` named
 * `name`, without its id, public id, domain or place (the import puts it where asked, under an
 * id of its own).
 */
export function documentForNewBot(doc: Record<string, unknown>, name: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...doc, name };
  for (const key of NOT_COPIED) delete copy[key];
  return copy;
}
