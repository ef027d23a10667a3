/** The editor's one store: graph, history, selection and panels slices. */
import { create } from "zustand";
import { createGraphSlice, type GraphSlice } from "./graph";
import { createHistorySlice, type HistorySlice } from "./history";
import { createPanelsSlice, type PanelsSlice } from "./panels";
import { createSelectionSlice, type SelectionSlice } from "./selection";

export type EditorState = GraphSlice & HistorySlice & SelectionSlice & PanelsSlice;

/** Makes a store (one per open editor; tests make their own). */
export function createEditorStore() {
  return create<EditorState>()((...args) => ({
    ...createGraphSlice(...args),
    ...createHistorySlice(...args),
    ...createSelectionSlice(...args),
    ...createPanelsSlice(...args),
  }));
}

export type EditorStore = ReturnType<typeof createEditorStore>;

/** The store of the editor on screen (the page is one editor at a time). */
export const useEditor = createEditorStore();

declare global {
  interface Window {
    /** Tests and the benchmark read the editor's state through this. */
    __botloomEditor?: EditorStore;
  }
}
// Unit tests import the blocks (and so the store) outside a browser.
if (typeof window !== "undefined") window.__botloomEditor = useEditor;
