/**
 * How a translation's catalogue differs from English's: keys missing or left over, and
 * `{{values}}` a translated string lost or invented. Plural forms are compared by their base
 * key (`usedBy_one`, `usedBy_other` → `usedBy`): each language has its own set of forms.
 */

type Catalogue = Record<string, unknown>;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every string of a catalogue by its dotted key (`namespace:path.to.key`), plural forms merged. */
export function flatten(catalogue: Catalogue, prefix = ""): Map<string, string[]> {
  const strings = new Map<string, string[]>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}${prefix.includes(":") ? "." : ":"}${key}` : key;
    if (typeof value === "string") {
      const base = path.replace(PLURAL_SUFFIX, "");
      strings.set(base, [...(strings.get(base) ?? []), value]);
    } else if (value && typeof value === "object") {
      for (const [inner, values] of flatten(value as Catalogue, path)) strings.set(inner, values);
    }
  }
  return strings;
}

function placeholders(values: string[]): string {
  const names = new Set(values.flatMap((value) => [...value.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1])));
  names.delete("count");
  return [...names].sort().join(", ");
}

/** The problems of `translation` against `english`, one line each; empty when they agree. */
export function catalogueProblems(english: Catalogue, translation: Catalogue): string[] {
  const source = flatten(english);
  const target = flatten(translation);
  const problems: string[] = [];
  for (const [key, values] of source) {
    const translated = target.get(key);
    if (!translated) problems.push(`missing ${key}`);
    else if (placeholders(values) !== placeholders(translated))
      problems.push(
        `${key} has {{${placeholders(translated)}}} where English has {{${placeholders(values)}}}`,
      );
  }
  for (const key of target.keys()) if (!source.has(key)) problems.push(`unknown ${key}`);
  return problems;
}
