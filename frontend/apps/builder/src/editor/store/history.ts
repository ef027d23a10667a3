/** Undo and redo: whole previous documents, cheap because immer shares what did not change. */
import type { StateCreator } from "zustand";
import type { BotDocument } from "../document";
import type { EditorState } from ".";

const LIMIT = 200;
const COALESCE_MS = 1000;

export interface HistorySlice {
  past: BotDocument[];
  future: BotDocument[];
  lastCoalesce: { key: string; at: number } | null;
  /** Remembers `before` as an undo step (called by `change`, and once at a drag's start). */
  record: (before: BotDocument, coalesceKey?: string) => void;
  undo: () => void;
  redo: () => void;
}

/** The saved version follows the newest document, whichever step is shown. */
function keepVersion(target: BotDocument, current: BotDocument): BotDocument {
  return target.updatedAt === current.updatedAt ? target : { ...target, updatedAt: current.updatedAt };
}

export const createHistorySlice: StateCreator<EditorState, [], [], HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  lastCoalesce: null,
  record: (before, coalesceKey) => {
    const now = Date.now();
    const last = get().lastCoalesce;
    if (coalesceKey && last && last.key === coalesceKey && now - last.at < COALESCE_MS) {
      set({ lastCoalesce: { key: coalesceKey, at: now }, future: [] });
      return;
    }
    set((state) => ({
      past: [...state.past.slice(-(LIMIT - 1)), before],
      future: [],
      lastCoalesce: coalesceKey ? { key: coalesceKey, at: now } : null,
    }));
  },
  undo: () => {
    const { past, doc } = get();
    const previous = past.at(-1);
    if (!previous || !doc) return;
    set((state) => ({
      doc: keepVersion(previous, doc),
      past: past.slice(0, -1),
      future: [doc, ...state.future],
      revision: state.revision + 1,
      lastCoalesce: null,
    }));
  },
  redo: () => {
    const { future, doc } = get();
    const next = future[0];
    if (!next || !doc) return;
    set((state) => ({
      doc: keepVersion(next, doc),
      past: [...state.past, doc],
      future: future.slice(1),
      revision: state.revision + 1,
      lastCoalesce: null,
    }));
  },
});
