/** The keyboard shortcuts and the sheet that lists them. */
export const shortcuts = {
  or: " or ",
  keyboardShortcuts: "Keyboard shortcuts",
  ctrlStandsForOnA: "Ctrl stands for ⌘ on a Mac. Shortcuts work outside text fields.",
  keys: "Keys",
  action: "Action",
} as const;
