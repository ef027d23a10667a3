/** A tiny element builder: enough to write views without a framework. */

type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;
export type Child = Node | string | null | undefined | false;

/** Creates `<tag>` with attributes (`on…` keys become listeners; false/null are skipped). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else if (key === "class") {
      el.className = String(value);
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

/** Appends children, flattening arrays and skipping empty ones. */
export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Whether the visitor asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** Where a URL goes: a link or redirect, a media file (img/audio/video) or an iframe. */
export type UrlKind = "link" | "media" | "frame";

const SCHEMES: Record<UrlKind, readonly string[]> = {
  link: ["http:", "https:", "mailto:", "tel:", "sms:"],
  media: ["http:", "https:", "blob:", "data:"],
  frame: ["http:", "https:"],
};

function pageBase(): string | undefined {
  return globalThis.document?.baseURI ?? globalThis.location?.href;
}

/**
 * The URL as the browser will load it (normalised and resolved against `base`) when its scheme is
 * allowed for `kind`, else undefined. The browser's own parser decides, so forms that a prefix check
 * misreads (tabs or newlines inside `javascript:`, leading control characters) are judged as the
 * browser would run them.
 */
export function safeUrl(url: string | undefined | null, kind: UrlKind = "link", base: string | undefined = pageBase()): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return undefined;
  }
  if (!SCHEMES[kind].includes(parsed.protocol)) return undefined;
  if (parsed.protocol === "data:" && !/^data:(image|audio|video)\//i.test(parsed.href)) return undefined;
  return parsed.href;
}

const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]):not([type="hidden"]),select:not([disabled]),textarea:not([disabled]),iframe,audio[controls],video[controls],[tabindex]:not([tabindex="-1"])';

/** The elements inside `root` that Tab reaches, in order. */
export function focusables(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => el.tabIndex >= 0 && !el.closest("[hidden],[inert]") && el.getClientRects().length > 0,
  );
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
