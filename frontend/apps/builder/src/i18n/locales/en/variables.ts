/** The variables panel: create, rename, delete and set variables. */
export const variables = {
  variables: "Variables",
  newVariable: "New variable",
  create: "Create",
  name: "Name",
  noBlockUsesIt: "No block uses it.",
  oneBlockUses: "One block uses",
  whereItIsUsed: "Where it is used",
  savesOrReadsIt: " (saves or reads it)",
  none: "None",
  closeVariables: "Close variables",
  thisBotHasNoVariables: "This bot has no variables yet.",
} as const;
