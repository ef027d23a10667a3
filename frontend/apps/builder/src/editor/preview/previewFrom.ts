/**
 * "Preview from here": how other parts of the editor start the preview somewhere. The canvas
 * calls `usePreviewFrom()` once and then, say, `previewFrom({ type: "group", groupId })` from a
 * group's action.
 */
import type { StartFrom } from "@botloom/widget";
import { useEditor } from "../store";

/** Opens the preview pane and (re)starts the chat from `start` (the start event when null). */
export function usePreviewFrom(): (start: StartFrom | null) => void {
  return useEditor((state) => state.startPreview);
}
