/** Signing in and out. */
export const auth = {
  title: "Sign in to Botloom",
  email: "Email",
  sendLink: "Send me a sign-in link",
  sending: "Sending…",
  checkInbox: "Check your inbox",
  otherAddress: "Use another address",
  continueWith: "Continue with {{provider}}",
} as const;
