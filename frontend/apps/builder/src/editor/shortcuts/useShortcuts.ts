/** The editor's keyboard shortcuts (outside text fields, which keep their own keys). */
import { useReactFlow } from "@xyflow/react";
import { useEffect } from "react";
import { useCanvasState } from "../canvas/canvasState";
import { fitWholeBot } from "../canvas/viewport";
import { useEditor } from "../store";
import {
  copySelection,
  deleteSelection,
  duplicateSelection,
  moveSelection,
  pasteClipboard,
  renameSelection,
} from "./actions";
import { arrowDelta, SHORTCUTS, type ShortcutAction } from "./table";

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(
    element?.closest("input, textarea, select, [contenteditable=true], .cm-editor, [role=dialog]"),
  );
}

/** Whether the page has text selected, which Ctrl+C then copies as usual. */
function hasTextSelection(): boolean {
  return (window.getSelection()?.toString() ?? "") !== "";
}

/** What a reader of a bot (no right to edit) may still do. */
const READ_ONLY_ACTIONS = new Set<ShortcutAction>(["copy", "selectAll", "deselect", "fitView", "help"]);

/**
 * Runs the table's shortcuts on the editor; `readOnly` keeps those that do not change the bot.
 * They are off while the canvas is not shown (theme, settings): a Delete there must not remove
 * groups nobody can see.
 */
export function useShortcuts(readOnly: boolean, canvasShown: boolean): void {
  const flow = useReactFlow();
  useEffect(() => {
    /** Runs an action; false lets the browser have the key. */
    const run = (action: ShortcutAction, event: KeyboardEvent): boolean => {
      const editor = useEditor.getState();
      switch (action) {
        case "undo":
          editor.undo();
          return true;
        case "redo":
          editor.redo();
          return true;
        case "delete":
          deleteSelection();
          return true;
        case "duplicate":
          duplicateSelection();
          return true;
        case "copy":
          return !hasTextSelection() && copySelection();
        case "paste":
          void pasteClipboard(flow);
          return true;
        case "selectAll":
          editor.selectGroups(editor.doc?.groups.map((group) => group.id) ?? []);
          return true;
        case "deselect":
          editor.selectGroups([]);
          editor.selectEdges([]);
          return true;
        case "move":
          // React Flow moves a focused, selected node itself (and says so by preventDefault).
          if (event.defaultPrevented || editor.selectedGroupIds.length === 0) return false;
          moveSelection(arrowDelta(event));
          return true;
        case "rename":
          renameSelection();
          return true;
        case "fitView":
          if (editor.doc) fitWholeBot(flow, editor.doc);
          return true;
        case "help":
          useCanvasState.setState({ shortcutsOpen: true });
          return true;
      }
    };
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || useCanvasState.getState().shortcutsOpen) return;
      const shortcut = SHORTCUTS.find((candidate) => candidate.matches(event));
      if (!shortcut || (readOnly && !READ_ONLY_ACTIONS.has(shortcut.action))) return;
      if (run(shortcut.action, event)) event.preventDefault();
    };
    if (!canvasShown) return;
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [flow, readOnly, canvasShown]);
}
