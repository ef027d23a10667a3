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
  /** The keys as the sheet shows them; any one of them does it. The sheet says what it does
   * from the `shortcuts` catalogue (`actions.<action>`). */
  keys: string[];
  matches: (event: KeyboardEvent) => boolean;
}

const mod = (event: KeyboardEvent) => event.ctrlKey || event.metaKey;
const key = (event: KeyboardEvent, name: string) => event.key.toLowerCase() === name;
const ARROWS = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"];
/** Stands for the four arrow keys in `keys`; the sheet shows it in words (`shortcuts:arrowKeys`). */
export const ARROW_KEYS = "Arrows";

export const SHORTCUTS: Shortcut[] = [
  {
    action: "undo",
    keys: ["Ctrl+Z"],
    matches: (e) => mod(e) && !e.shiftKey && key(e, "z"),
  },
  {
    action: "redo",
    keys: ["Ctrl+Shift+Z", "Ctrl+Y"],
    matches: (e) => mod(e) && ((e.shiftKey && key(e, "z")) || key(e, "y")),
  },
  {
    action: "delete",
    keys: ["Delete", "Backspace"],
    matches: (e) => !mod(e) && (e.key === "Delete" || e.key === "Backspace"),
  },
  {
    action: "duplicate",
    keys: ["Ctrl+D"],
    matches: (e) => mod(e) && key(e, "d"),
  },
  {
    action: "copy",
    keys: ["Ctrl+C"],
    matches: (e) => mod(e) && key(e, "c"),
  },
  {
    action: "paste",
    keys: ["Ctrl+V"],
    matches: (e) => mod(e) && key(e, "v"),
  },
  {
    action: "selectAll",
    keys: ["Ctrl+A"],
    matches: (e) => mod(e) && key(e, "a"),
  },
  {
    action: "deselect",
    keys: ["Escape"],
    matches: (e) => e.key === "Escape",
  },
  {
    action: "move",
    keys: [ARROW_KEYS, `Shift+${ARROW_KEYS}`],
    matches: (e) => !mod(e) && ARROWS.includes(e.key),
  },
  {
    action: "rename",
    keys: ["F2"],
    matches: (e) => e.key === "F2",
  },
  {
    action: "fitView",
    keys: ["Shift+1"],
    matches: (e) => e.shiftKey && !mod(e) && e.code === "Digit1",
  },
  {
    action: "help",
    keys: ["?"],
    matches: (e) => e.key === "?",
  },
];

/**
 * What the pointer and the browser's own keys do on the canvas, listed below the shortcuts; the
 * sheet reads their keys and description from the `shortcuts` catalogue (`gestures.<id>`).
 */
export const GESTURES = [
  "focusGroup",
  "addToSelection",
  "boxSelect",
  "dragBlock",
  "renameGroup",
  "connect",
] as const;
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
