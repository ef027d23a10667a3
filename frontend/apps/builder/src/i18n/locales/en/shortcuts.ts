/** The keyboard shortcuts and the sheet that lists them. */
export const shortcuts = {
  or: " or ",
  keyboardShortcuts: "Keyboard shortcuts",
  explained: "Ctrl stands for ⌘ on a Mac. Shortcuts work outside text fields.",
  keys: "Keys",
  arrowKeys: "Arrow keys",
  action: "Action",
  /** What each shortcut of `shortcuts/table.ts` does. */
  actions: {
    undo: "Undo",
    redo: "Redo",
    delete: "Delete the selected groups and edges",
    duplicate: "Duplicate the selected groups",
    copy: "Copy the selected groups (paste them in any bot)",
    paste: "Paste groups at the pointer",
    selectAll: "Select every group",
    deselect: "Clear the selection",
    move: "Move the selected groups (farther with Shift)",
    rename: "Rename the selected group",
    fitView: "Zoom to fit the whole bot",
    help: "Show these shortcuts",
  },
  /** What the pointer does, with the keys or gesture that does it. */
  gestures: {
    focusGroup: { keys: "Tab, then Enter", description: "Go to a group, then select it" },
    addToSelection: { keys: "Shift+click", description: "Add a group to the selection" },
    boxSelect: { keys: "Shift+drag", description: "Select the groups in a box" },
    dragBlock: {
      keys: "Drag a block",
      description: "Move it in its group, to another group, or out to a new group",
    },
    renameGroup: { keys: "Double-click a title", description: "Rename the group" },
    connect: { keys: "Drag from a handle", description: "Connect a block, item or path to a group" },
  },
} as const;
