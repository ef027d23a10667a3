/** Signing in and out. */
export const auth = {
  title: "Sign in to Botloom",
  subtitle: "Build chatbots, then share them anywhere.",
  email: "Email",
  emailPlaceholder: "you@example.com",
  sendLink: "Send me a sign-in link",
  sending: "Sending…",
  checkInbox: "Check your inbox",
  linkSentTo: "If {{email}} may sign in, a sign-in link is on its way.",
  linkHint: "Open it in this browser. It works once, for 15 minutes.",
  otherAddress: "Use another address",
  continueWith: "Continue with {{provider}}",
  or: "or",
  errors: {
    "invalid-link": "This sign-in link is not valid. Ask for a new one below.",
    "used-link": "This sign-in link was already used. Ask for a new one below.",
    "expired-link": "This sign-in link has expired (links last 15 minutes). Ask for a new one below.",
    "signup-disabled": "New accounts are closed on this server: ask an admin of a workspace to invite you.",
    unknown: "You could not be signed in. Try again.",
  },
} as const;
