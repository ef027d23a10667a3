/** The selection slice: which groups and edges are selected and which block's settings are open. */
import type { StateCreator } from "zustand";
import type { EditorState } from ".";

export interface SelectionSlice {
  selectedGroupIds: string[];
  selectedEdgeIds: string[];
  openBlockId: string | null;
  selectGroups: (ids: string[]) => void;
  selectEdges: (ids: string[]) => void;
  openBlock: (blockId: string | null) => void;
}

export const createSelectionSlice: StateCreator<EditorState, [], [], SelectionSlice> = (set) => ({
  selectedGroupIds: [],
  selectedEdgeIds: [],
  openBlockId: null,
  selectGroups: (ids) => set({ selectedGroupIds: ids }),
  selectEdges: (ids) => set({ selectedEdgeIds: ids }),
  openBlock: (blockId) => set({ openBlockId: blockId }),
});
