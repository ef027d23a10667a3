/** The preview pane: the draft running in the real widget, and its logs. */
export const preview = {
  previewLogs: "Preview logs",
  logs: "Logs",
  nothingLoggedYet: "Nothing logged yet.",
  info: "info",
  savingDraft: "Saving the draft…",
  couldNotStart: "The preview could not start: {{error}}",
  event: "Event: {{type}}",
  startFrom: "Start from",
  theStart: "The start",
  untitledGroup: "Untitled group",
  preview: "Preview",
  restart: "Restart",
  closePreview: "Close preview",
} as const;
