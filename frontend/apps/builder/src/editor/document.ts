/**
 * The bot document as the builder edits it: Typebot's format (version 6.1), so what is saved is
 * what Typebot and the engine read. Only the graph's shape is typed here; a block's `options`,
 * `content` and `items` belong to its block type (see `blocks/`).
 */
import type { BlockType } from "@botloom/api-client";

export interface Coordinates {
  x: number;
  y: number;
}

export interface Item {
  id: string;
  outgoingEdgeId?: string;
  [key: string]: unknown;
}

export interface Block {
  id: string;
  /** A built-in `BlockType`, or a plugin's id for plugin blocks. */
  type: BlockType | string;
  outgoingEdgeId?: string;
  options?: Record<string, unknown>;
  content?: Record<string, unknown>;
  items?: Item[];
}

export interface Group {
  id: string;
  title: string;
  graphCoordinates: Coordinates;
  blocks: Block[];
}

export interface BotEvent {
  id: string;
  type: string;
  graphCoordinates: Coordinates;
  outgoingEdgeId?: string;
}

export type EdgeSource = { eventId: string } | { blockId: string; itemId?: string; pathId?: string };

export interface Edge {
  id: string;
  from: EdgeSource;
  to: { groupId: string; blockId?: string };
}

export interface Variable {
  id: string;
  name: string;
  value?: unknown;
  isSessionVariable?: boolean;
}

export interface BotDocument {
  id: string;
  name: string;
  version?: string;
  groups: Group[];
  edges: Edge[];
  events: BotEvent[];
  variables: Variable[];
  updatedAt?: string;
  publicId?: string | null;
  [key: string]: unknown;
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A new graph id, like Typebot's: 24 lowercase letters and digits, starting with a letter. */
export function createId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  let id = ALPHABET[bytes[0] % 26];
  for (let i = 1; i < bytes.length; i++) id += ALPHABET[bytes[i] % ALPHABET.length];
  return id;
}

/** Reads a document the server sent, filling the lists a new or partial bot may lack. */
export function normalizeDocument(raw: Record<string, unknown>): BotDocument {
  const doc = raw as Partial<BotDocument> & Record<string, unknown>;
  return {
    ...doc,
    id: String(doc.id),
    name: typeof doc.name === "string" ? doc.name : "My bot",
    groups: Array.isArray(doc.groups) ? doc.groups : [],
    edges: Array.isArray(doc.edges) ? doc.edges : [],
    events: Array.isArray(doc.events) ? doc.events : [],
    variables: Array.isArray(doc.variables) ? doc.variables : [],
  };
}

/** The group that holds a block, and the block's index in it. */
export function findBlock(doc: BotDocument, blockId: string): { group: Group; index: number } | undefined {
  for (const group of doc.groups) {
    const index = group.blocks.findIndex((block) => block.id === blockId);
    if (index >= 0) return { group, index };
  }
  return undefined;
}
