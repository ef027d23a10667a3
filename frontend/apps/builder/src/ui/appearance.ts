/**
 * Light, dark or the system's appearance for the whole builder. The choice is kept in this
 * browser (localStorage: the user record has no place for it) and applied as `data-theme` on
 * the root element, which `base.css` reads; "system" leaves the attribute off.
 */
import { useSyncExternalStore } from "react";

export type Appearance = "light" | "dark" | "system";
export type ColorScheme = "light" | "dark";

export const APPEARANCES: readonly Appearance[] = ["system", "light", "dark"];
export const APPEARANCE_STORAGE_KEY = "botloom.appearance";

/** A stored value as an appearance ("system" for anything else). */
export function parseAppearance(value: string | null | undefined): Appearance {
  return value === "light" || value === "dark" ? value : "system";
}

/** The choice kept in this browser. */
export function readAppearance(): Appearance {
  try {
    return parseAppearance(localStorage.getItem(APPEARANCE_STORAGE_KEY));
  } catch {
    return "system";
  }
}

/** Shows the builder in `appearance` (no storing). */
export function applyAppearance(appearance: Appearance, root: HTMLElement = document.documentElement): void {
  if (appearance === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", appearance);
}

/** Keeps `appearance` in this browser and shows it. */
export function chooseAppearance(appearance: Appearance): void {
  try {
    localStorage.setItem(APPEARANCE_STORAGE_KEY, appearance);
  } catch {
    // Storage refused (private mode): the choice still applies until the page is reloaded.
  }
  applyAppearance(appearance);
}

/** Applies the stored choice now, and follows it when another tab changes it. */
export function startAppearance(): void {
  applyAppearance(readAppearance());
  window.addEventListener("storage", (event) => {
    if (event.key === APPEARANCE_STORAGE_KEY) applyAppearance(parseAppearance(event.newValue));
  });
}

const DARK_QUERY = "(prefers-color-scheme: dark)";

/** The scheme on screen: the chosen one, else the system's. */
export function currentColorScheme(root: HTMLElement = document.documentElement): ColorScheme {
  const chosen = root.getAttribute("data-theme");
  if (chosen === "light" || chosen === "dark") return chosen;
  return window.matchMedia?.(DARK_QUERY).matches ? "dark" : "light";
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  const media = window.matchMedia?.(DARK_QUERY);
  media?.addEventListener("change", onChange);
  return () => {
    observer.disconnect();
    media?.removeEventListener("change", onChange);
  };
}

/** The scheme on screen, re-rendering when it changes (for what draws colours itself). */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, () => currentColorScheme());
}

/** The colour a CSS expression such as `var(--accent)` gives under `within`, as `rgb(...)`
 * (canvas drawing needs a resolved colour). */
export function resolveColor(expression: string, within: HTMLElement = document.body): string {
  const probe = document.createElement("span");
  probe.style.color = expression;
  probe.style.display = "none";
  within.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}
