/** The panels slice: which side panel is open beside the canvas, and what the preview shows. */
import type { StartFrom } from "@botloom/widget";
import type { StateCreator } from "zustand";
import type { EditorState } from ".";

export type Panel = "variables" | "preview" | "share" | "shortcuts" | null;

export interface PanelsSlice {
  panel: Panel;
  /** Where the preview starts (the start event when null). */
  previewStart: StartFrom | null;
  /** Increases each time a preview is asked to start over. */
  previewRun: number;
  /** The block the running preview has reached, highlighted on the canvas. */
  previewBlockId: string | null;
  setPanel: (panel: Panel) => void;
  togglePanel: (panel: Exclude<Panel, null>) => void;
  /** Opens the preview and (re)starts it from `start`. */
  startPreview: (start: StartFrom | null) => void;
  setPreviewBlock: (blockId: string | null) => void;
}

export const createPanelsSlice: StateCreator<EditorState, [], [], PanelsSlice> = (set) => ({
  panel: null,
  previewStart: null,
  previewRun: 0,
  previewBlockId: null,
  setPanel: (panel) => set({ panel }),
  togglePanel: (panel) => set((state) => ({ panel: state.panel === panel ? null : panel })),
  startPreview: (start) =>
    set((state) => ({ panel: "preview", previewStart: start, previewRun: state.previewRun + 1 })),
  setPreviewBlock: (blockId) => set({ previewBlockId: blockId }),
});
