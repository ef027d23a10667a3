/** The languages the builder ships, and which one a person gets. */
import { en } from "./locales/en";

export interface Language {
  code: string;
  /** The language's name in itself, as a language picker shows it. */
  name: string;
  catalogue: Record<string, Record<string, unknown>>;
}

export const LANGUAGES: Language[] = [{ code: "en", name: "English", catalogue: en }];

export const LANGUAGE_STORAGE_KEY = "botloom.language";

/** The stored choice, else the browser's first language we ship, else English. */
export function pickLanguage(
  stored: string | null = readStored(),
  preferred: readonly string[] = typeof navigator === "undefined" ? [] : navigator.languages,
): string {
  const shipped = new Set(LANGUAGES.map(({ code }) => code));
  if (stored && shipped.has(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0] ?? "";
    if (shipped.has(base)) return base;
  }
  return "en";
}

function readStored(): string | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}
