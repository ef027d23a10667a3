/**
 * The editor's keyboard shortcuts: one table that the key handler (`useShortcuts`) runs and the
 * help sheet (`ShortcutsSheet`) lists, so the sheet cannot tell of a key that does nothing.
 */

export type ShortcutAction =
  | "undo"
  | "redo"
  | "delete"
  | "duplicate"
  | "copy"
  | "paste"
  | "selectAll"
  | "deselect"
  | "move"
  | "rename"
  | "fitView"
  | "help";

export interface Shortcut {
  action: ShortcutAction;
  /** The keys as the sheet shows them; any one of them does it. */
  keys: string[];
  description: string;
  matches: (event: KeyboardEvent) => boolean;
}

const mod = (event: KeyboardEvent) => event.ctrlKey || event.metaKey;
const key = (event: KeyboardEvent, name: string) => event.key.toLowerCase() === name;
const ARROWS = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"];

export const SHORTCUTS: Shortcut[] = [
  {
    action: "undo",
    keys: ["Ctrl+Z"],
    description: "Undo",
    matches: (e) => mod(e) && !e.shiftKey && key(e, "z"),
  },
  {
    action: "redo",
    keys: ["Ctrl+Shift+Z", "Ctrl+Y"],
    description: "Redo",
    matches: (e) => mod(e) && ((e.shiftKey && key(e, "z")) || key(e, "y")),
  },
  {
    action: "delete",
    keys: ["Delete", "Backspace"],
    description: "Delete the selected groups and edges",
    matches: (e) => !mod(e) && (e.key === "Delete" || e.key === "Backspace"),
  },
  {
    action: "duplicate",
    keys: ["Ctrl+D"],
    description: "Duplicate the selected groups",
    matches: (e) => mod(e) && key(e, "d"),
  },
  {
    action: "copy",
    keys: ["Ctrl+C"],
    description: "Copy the selected groups (paste them in any bot)",
    matches: (e) => mod(e) && key(e, "c"),
  },
  {
    action: "paste",
    keys: ["Ctrl+V"],
    description: "Paste groups at the pointer",
    matches: (e) => mod(e) && key(e, "v"),
  },
  {
    action: "selectAll",
    keys: ["Ctrl+A"],
    description: "Select every group",
    matches: (e) => mod(e) && key(e, "a"),
  },
  {
    action: "deselect",
    keys: ["Escape"],
    description: "Clear the selection",
    matches: (e) => e.key === "Escape",
  },
  {
    action: "move",
    keys: ["Arrow keys", "Shift+Arrow keys"],
    description: "Move the selected groups (farther with Shift)",
    matches: (e) => !mod(e) && ARROWS.includes(e.key),
  },
  {
    action: "rename",
    keys: ["F2"],
    description: "Rename the selected group",
    matches: (e) => e.key === "F2",
  },
  {
    action: "fitView",
    keys: ["Shift+1"],
    description: "Zoom to fit the whole bot",
    matches: (e) => e.shiftKey && !mod(e) && e.code === "Digit1",
  },
  {
    action: "help",
    keys: ["?"],
    description: "Show these shortcuts",
    matches: (e) => e.key === "?",
  },
];

/** What the pointer and the browser's own keys do on the canvas, listed below the shortcuts. */
export const GESTURES: { keys: string; description: string }[] = [
  { keys: "Tab, then Enter", description: "Go to a group, then select it" },
  { keys: "Shift+click", description: "Add a group to the selection" },
  { keys: "Shift+drag", description: "Select the groups in a box" },
  { keys: "Drag a block", description: "Move it in its group, to another group, or out to a new group" },
  { keys: "Double-click a title", description: "Rename the group" },
  { keys: "Drag from a handle", description: "Connect a block, item or path to a group" },
];

/** Arrow keys as a move, in canvas pixels (React Flow moves a focused node by the same steps). */
export function arrowDelta(event: KeyboardEvent): { x: number; y: number } {
  const step = event.shiftKey ? 20 : 5;
  const direction = {
    ArrowUp: { x: 0, y: -1 },
    ArrowDown: { x: 0, y: 1 },
    ArrowLeft: { x: -1, y: 0 },
    ArrowRight: { x: 1, y: 0 },
  }[event.key] ?? { x: 0, y: 0 };
  return { x: direction.x * step, y: direction.y * step };
}
