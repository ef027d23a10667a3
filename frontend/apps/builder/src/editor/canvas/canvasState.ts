/**
 * The canvas's passing state, apart from the document store so that a pointer move re-renders
 * only what shows it: where a dragged block would land, the block following the pointer, which
 * group's title is being renamed, and whether the shortcuts sheet is open.
 */
import { create } from "zustand";

/** Where a dragged block would land: before the block at `index` of a group (or at its end). */
export interface DropTarget {
  groupId: string;
  index: number;
}

/** A block following the pointer while it is dragged (screen coordinates). */
export interface DragGhost {
  label: string;
  x: number;
  y: number;
}

interface CanvasState {
  /** The bot is only read (no right to edit): blocks do not move, titles are not renamed. */
  readOnly: boolean;
  dropTarget: DropTarget | null;
  ghost: DragGhost | null;
  renamingGroupId: string | null;
  shortcutsOpen: boolean;
}

export const useCanvasState = create<CanvasState>()(() => ({
  readOnly: false,
  dropTarget: null,
  ghost: null,
  renamingGroupId: null,
  shortcutsOpen: false,
}));

let lastPointer: { x: number; y: number } | null = null;

/** Remembers where the pointer was over the canvas (screen coordinates), for pasting there. */
export function setLastPointer(point: { x: number; y: number } | null): void {
  lastPointer = point;
}

export function getLastPointer(): { x: number; y: number } | null {
  return lastPointer;
}
