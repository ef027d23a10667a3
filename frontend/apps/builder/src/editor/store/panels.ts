/** The panels slice: which side panel is open beside the canvas. */
import type { StateCreator } from "zustand";
import type { EditorState } from ".";

export type Panel = "variables" | "preview" | "share" | "shortcuts" | null;

export interface PanelsSlice {
  panel: Panel;
  setPanel: (panel: Panel) => void;
  togglePanel: (panel: Exclude<Panel, null>) => void;
}

export const createPanelsSlice: StateCreator<EditorState, [], [], PanelsSlice> = (set) => ({
  panel: null,
  setPanel: (panel) => set({ panel }),
  togglePanel: (panel) => set((state) => ({ panel: state.panel === panel ? null : panel })),
});
