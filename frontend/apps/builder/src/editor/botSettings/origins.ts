/** Allowed origins are compared whole with the browser's `Origin`: a path or a slash never matches. */

/** The entries of an allowed-origins list that are not origins (`https://example.com`). */
export function notOrigins(entries: readonly string[]): string[] {
  return entries.filter((entry) => {
    try {
      const url = new URL(entry);
      return !["http:", "https:"].includes(url.protocol) || url.origin !== entry;
    } catch {
      return true;
    }
  });
}
