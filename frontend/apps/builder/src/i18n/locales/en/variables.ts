/** The variables panel: create, rename, delete and set variables. */
export const variables = {
  variables: "Variables",
  newVariable: "New variable",
  create: "Create",
  name: "Name",
  noBlockUsesIt: "No block uses it.",
  nameOf: "Name of {{name}}",
  deleteNamed: "Delete {{name}}",
  deleteTitle: "Delete the variable {{name}}?",
  usedBy_one:
    "One block uses it: blocks that save into it will no longer, and {{reference}} in texts will read as empty.",
  usedBy_other:
    "{{count}} blocks use it: blocks that save into it will no longer, and {{reference}} in texts will read as empty.",
  usage: "{{group}}: {{block}} block",
  inItsText: " (in its text as {{reference}})",
  saveInResults: "Save {{name}} in results",
  defaultValueOf: "Default value of {{name}}",
  problem: {
    noName: "A variable needs a name.",
    braces: "A name cannot hold braces.",
    taken: "There is already a variable called {{name}}.",
  },
  whereItIsUsed: "Where it is used",
  savesOrReadsIt: " (saves or reads it)",
  none: "None",
  closeVariables: "Close variables",
  thisBotHasNoVariables: "This bot has no variables yet.",
} as const;
