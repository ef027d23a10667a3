/** The selection slice: which groups are selected and which block's settings are open. */
import type { StateCreator } from "zustand";
import type { EditorState } from ".";

export interface SelectionSlice {
  selectedGroupIds: string[];
  openBlockId: string | null;
  selectGroups: (ids: string[]) => void;
  openBlock: (blockId: string | null) => void;
}

export const createSelectionSlice: StateCreator<EditorState, [], [], SelectionSlice> = (set) => ({
  selectedGroupIds: [],
  openBlockId: null,
  selectGroups: (ids) => set({ selectedGroupIds: ids }),
  openBlock: (blockId) => set({ openBlockId: blockId }),
});
