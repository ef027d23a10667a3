/**
 * The graph slice: the document being edited and the one write path that changes it.
 *
 * Every change goes through `change` (block data through `updateBlock`, which calls it): it
 * produces the next document with immer, records the previous one for undo, and bumps `revision`
 * so autosave knows there is something to save.
 */
import { produce } from "immer";
import type { StateCreator } from "zustand";
import { type Block, type BotDocument, findBlock } from "../document";
import type { EditorState } from ".";

export interface ChangeOptions {
  /** Successive changes with the same key within a second are one undo step (typing). */
  coalesceKey?: string;
  /** Leave history alone (the middle of a drag, whose start was recorded). */
  record?: boolean;
}

export interface GraphSlice {
  doc: BotDocument | null;
  /** Increases with every change; autosave compares it with the last saved revision. */
  revision: number;
  load: (doc: BotDocument) => void;
  change: (recipe: (draft: BotDocument) => void, options?: ChangeOptions) => void;
  updateBlock: (blockId: string, recipe: (block: Block) => void, options?: ChangeOptions) => void;
  /** Takes the server's `updatedAt` after a save without making it an undoable change. */
  setSavedVersion: (updatedAt: string) => void;
}

export const createGraphSlice: StateCreator<EditorState, [], [], GraphSlice> = (set, get) => ({
  doc: null,
  revision: 0,
  load: (doc) => set({ doc, revision: 0, past: [], future: [], lastCoalesce: null }),
  change: (recipe, options = {}) => {
    const before = get().doc;
    if (!before) return;
    const after = produce(before, recipe);
    if (after === before) return;
    if (options.record !== false) get().record(before, options.coalesceKey);
    set((state) => ({ doc: after, revision: state.revision + 1 }));
  },
  updateBlock: (blockId, recipe, options) =>
    get().change((draft) => {
      const found = findBlock(draft, blockId);
      if (found) recipe(found.group.blocks[found.index]);
    }, options),
  setSavedVersion: (updatedAt) =>
    set((state) => {
      if (!state.doc) return {};
      return {
        doc: produce(state.doc, (draft) => {
          draft.updatedAt = updatedAt;
        }),
      };
    }),
});
