/** What the shortcuts do to the selection, each one change (one undo step). */
import type { ReactFlowInstance } from "@xyflow/react";
import { getLastPointer, useCanvasState } from "../canvas/canvasState";
import {
  copyGroups,
  DUPLICATE_OFFSET,
  duplicateGroups,
  parseClipboard,
  pasteGroups,
  serializeClipboard,
} from "../clipboard";
import type { Coordinates } from "../document";
import { deleteGroups, moveNodes, removeEdges } from "../operations";
import { useEditor } from "../store";

/** The last copy, for browsers that refuse the system clipboard (a page served over plain HTTP). */
let copiedText: string | null = null;

export function deleteSelection(): void {
  const { change, selectedGroupIds, selectedEdgeIds, selectGroups, selectEdges } = useEditor.getState();
  if (selectedGroupIds.length === 0 && selectedEdgeIds.length === 0) return;
  change((draft) => {
    removeEdges(draft, selectedEdgeIds);
    deleteGroups(draft, selectedGroupIds);
  });
  selectGroups([]);
  selectEdges([]);
}

export function duplicateSelection(): void {
  const { change, selectedGroupIds, selectGroups } = useEditor.getState();
  let copies: string[] = [];
  change((draft) => {
    copies = duplicateGroups(draft, selectedGroupIds);
  });
  if (copies.length > 0) selectGroups(copies);
}

/** Copies the selected groups to the system clipboard; false when nothing is selected. */
export function copySelection(): boolean {
  const { doc, selectedGroupIds } = useEditor.getState();
  if (!doc) return false;
  const clipboard = copyGroups(doc, selectedGroupIds);
  if (clipboard.groups.length === 0) return false;
  copiedText = serializeClipboard(clipboard);
  navigator.clipboard?.writeText(copiedText).catch(() => undefined);
  return true;
}

async function readClipboard(): Promise<string | null> {
  try {
    return (await navigator.clipboard?.readText()) ?? copiedText;
  } catch {
    return copiedText;
  }
}

/** Pastes copied groups at the pointer (else beside where they were) and selects them. */
export async function pasteClipboard(flow: ReactFlowInstance): Promise<void> {
  const text = await readClipboard();
  const clipboard = text ? parseClipboard(text) : null;
  if (!clipboard) return;
  const pointer = getLastPointer();
  const at: Coordinates = pointer
    ? flow.screenToFlowPosition(pointer)
    : {
        x: Math.min(...clipboard.groups.map((group) => group.graphCoordinates.x)) + DUPLICATE_OFFSET.x,
        y: Math.min(...clipboard.groups.map((group) => group.graphCoordinates.y)) + DUPLICATE_OFFSET.y,
      };
  const { change, selectGroups } = useEditor.getState();
  let pasted: string[] = [];
  change((draft) => {
    pasted = pasteGroups(draft, clipboard, at);
  });
  selectGroups(pasted);
}

/** Moves the selected groups by `delta`; presses in a row are one undo step. */
export function moveSelection(delta: Coordinates): void {
  const { doc, change, selectedGroupIds } = useEditor.getState();
  if (!doc || selectedGroupIds.length === 0) return;
  const selected = new Set(selectedGroupIds);
  const positions = new Map(
    [...doc.groups, ...doc.events]
      .filter((node) => selected.has(node.id))
      .map((node) => [
        node.id,
        { x: node.graphCoordinates.x + delta.x, y: node.graphCoordinates.y + delta.y },
      ]),
  );
  change((draft) => moveNodes(draft, positions), { coalesceKey: KEYBOARD_MOVE });
}

/** The undo key of moves made with the keyboard (here and by React Flow on a focused node). */
export const KEYBOARD_MOVE = "keyboard-move";

export function renameSelection(): void {
  const { selectedGroupIds, doc } = useEditor.getState();
  const groupId = selectedGroupIds.length === 1 ? selectedGroupIds[0] : undefined;
  if (groupId && doc?.groups.some((group) => group.id === groupId))
    useCanvasState.setState({ renamingGroupId: groupId });
}
