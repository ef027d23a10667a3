/** The gallery of starter bots. */
export const templates = {
  title: "Templates",
  subtitle: "Starter bots written for Botloom: try one, then make it yours.",
  search: "Search templates",
  searchPlaceholder: "Search by name, use or block",
  all: "All",
  categories: "Categories",
  noMatch: "No template matches “{{query}}”.",
  preview: "Preview",
  previewOf: "Preview of {{name}}",
  restart: "Restart",
  choose: "Choose a template to try it here.",
  starting: "Starting the preview…",
  failed: "The preview could not start: {{message}}",
  shows: "What it shows",
  needsCredentials: "Needs {{what}} to answer fully; without it, it says so politely.",
  credentialTypes: {
    openai: "an OpenAI account",
  },
  use: "Use this template",
  creating: "Creating…",
  inFolder: "The bot goes into the folder you came from.",
} as const;
