/** What the sign-in screen reads from its address: where to go next, and why it was sent back. */

/** Where to go after signing in: a path of this app, never another site. */
export function safeNext(value: string | null): string {
  // Browsers read "/\\host" as "//host", another site.
  return value?.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/typebots";
}

/** Why the server sent the browser back here (`?error=`), as the sign-in screen says it. */
const FAILURES = ["invalid-link", "used-link", "expired-link", "signup-disabled"] as const;
export type Failure = (typeof FAILURES)[number] | "unknown";

/** The failure named by `?error=`: a known one, "unknown" for any other value, null for none. */
export function failureOf(value: string | null): Failure | null {
  if (value === null) return null;
  return (FAILURES as readonly string[]).includes(value) ? (value as Failure) : "unknown";
}
