/** Sharing one bot with people outside its workspace. */
export const collaborators = {
  button: "Collaborators",
  title: "Collaborators",
  intro:
    "People outside the workspace who may open this bot. Members of the workspace see every bot already.",
  readOnly: "Only members of the bot's workspace choose who it is shared with.",
  empty: "This bot is shared with nobody.",
  email: "Email address",
  placeholder: "someone@example.com",
  access: "Access",
  accessOf: "Access of {{name}}",
  add: "Share",
  adding: "Sharing…",
  remove: "Stop sharing with {{name}}",
  kinds: {
    READ: "Can view",
    WRITE: "Can edit",
  },
  noAccount: "They need to sign in to Botloom once before a bot can be shared with them.",
} as const;
