/** The bot's theme as CSS custom properties on the chat root, and its font. */
import { themeDefaults, type BoxDefaults } from "./theme-defaults";
import type { Border, ContainerStyle, DynamicTheme, Font, Theme } from "./types";

const SHADOWS: Record<string, string> = {
  none: "none",
  sm: "0 1px 2px 0 rgb(0 0 0 / .05)",
  md: "0 4px 6px -1px rgb(0 0 0 / .1), 0 2px 4px -2px rgb(0 0 0 / .1)",
  lg: "0 10px 15px -3px rgb(0 0 0 / .1), 0 4px 6px -4px rgb(0 0 0 / .1)",
  xl: "0 20px 25px -5px rgb(0 0 0 / .1), 0 8px 10px -6px rgb(0 0 0 / .1)",
  "2xl": "0 25px 50px -12px rgb(0 0 0 / .25)",
};

const ROUNDNESS: Record<string, string> = { none: "0", medium: "6px", large: "20px" };

/**
 * Where the theme's font is not available (yet, or at all), the same fallbacks as Typebot's embed:
 * the platforms' UI fonts, then Helvetica and Arial (Liberation Sans on Linux), then any sans-serif.
 */
export const SYSTEM_FONT =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol"';

/** `color` at `opacity` (0..1), for any CSS color. */
export function withOpacity(color: string, opacity: number | undefined): string {
  if (opacity === undefined || opacity >= 1) return color;
  return `color-mix(in srgb, ${color} ${Math.round(Math.max(0, opacity) * 100)}%, transparent)`;
}

function radius(border: Border | undefined, fallback: string): string {
  if (!border?.roundeness) return fallback;
  if (border.roundeness === "custom") return `${border.customRoundeness ?? 6}px`;
  return ROUNDNESS[border.roundeness] ?? fallback;
}

function withDefaults(style: ContainerStyle | undefined, defaults: BoxDefaults): ContainerStyle {
  const given = defined(style ?? {});
  const border = { ...(defaults.border ? { thickness: 1, color: defaults.border } : {}), ...defined(given.border ?? {}) };
  return {
    backgroundColor: defaults.backgroundColor,
    color: defaults.color,
    placeholderColor: defaults.placeholderColor,
    shadow: defaults.shadow,
    ...given,
    border,
  };
}

function boxVars(prefix: string, style: ContainerStyle, roundness: string): Record<string, string> {
  const s = style;
  const vars: Record<string, string> = {
    [`--bl-${prefix}-bg`]: withOpacity(s.backgroundColor ?? "transparent", s.opacity),
    [`--bl-${prefix}-color`]: s.color ?? "inherit",
    [`--bl-${prefix}-radius`]: radius(s.border, roundness),
    [`--bl-${prefix}-shadow`]: SHADOWS[s.shadow ?? "none"] ?? "none",
    [`--bl-${prefix}-blur`]: s.blur ? `blur(${s.blur}px)` : "none",
    [`--bl-${prefix}-border`]: s.border?.thickness
      ? `${s.border.thickness}px solid ${withOpacity(s.border.color ?? "currentColor", s.border.opacity)}`
      : "none",
  };
  if (s.placeholderColor) vars[`--bl-${prefix}-placeholder`] = s.placeholderColor;
  if (prefix === "input") vars["--bl-input-scheme"] = isDark(s.backgroundColor) ? "dark" : "light";
  return vars;
}

/** Whether a hex color is dark (native controls then use their dark look); other colors count as light. */
export function isDark(color: string | undefined): boolean {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? "")?.[1];
  if (!hex) return false;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}

/** The family named by a theme font, if any. */
export function fontFamily(font: Font | undefined): string | undefined {
  if (!font) return undefined;
  if (typeof font === "string") return font || undefined;
  return font.family || undefined;
}

/** Custom properties for the theme (and the per-response dynamic theme). */
export function themeVars(theme: Theme, version: string | undefined, dynamic?: DynamicTheme | null): Record<string, string> {
  const defaults = themeDefaults(version);
  const chat = theme.chat ?? {};
  const general = theme.general ?? {};
  const roundness = ROUNDNESS[chat.roundness ?? defaults.roundness] ?? "6px";
  const family = fontFamily(general.font) ?? defaults.font;
  const vars: Record<string, string> = {
    "--bl-font": `"${family.replace(/"/g, "")}", ${SYSTEM_FONT}`,
    ...boxVars("host", withDefaults(chat.hostBubbles, defaults.hostBubbles), roundness),
    ...boxVars("guest", withDefaults(chat.guestBubbles, defaults.guestBubbles), roundness),
    // Buttons given a colour are framed in it, not in the default orange.
    ...boxVars("btn", withDefaults(chat.buttons, { ...defaults.buttons, border: defaults.buttons.border && (chat.buttons?.backgroundColor ?? defaults.buttons.border) }), roundness),
    ...boxVars("input", withDefaults(chat.inputs, defaults.inputs), roundness),
    "--bl-bg": background(general.background, defaults.background, dynamic?.backgroundUrl),
    "--bl-buttons-direction": chat.buttonsInput?.layout === "vertical" ? "column" : "row",
  };
  const container = chat.container;
  if (container) {
    if (container.maxWidth) vars["--bl-container-max-width"] = container.maxWidth;
    if (container.maxHeight) vars["--bl-container-max-height"] = container.maxHeight;
    if (container.backgroundColor) {
      vars["--bl-container-bg"] = withOpacity(container.backgroundColor, container.opacity);
    }
    if (container.color) vars["--bl-container-color"] = container.color;
    if (container.shadow) vars["--bl-container-shadow"] = SHADOWS[container.shadow] ?? "none";
    if (container.blur) vars["--bl-container-blur"] = `blur(${container.blur}px)`;
    vars["--bl-container-radius"] = radius(container.border, roundness);
    if (container.border?.thickness) {
      vars["--bl-container-border"] =
        `${container.border.thickness}px solid ${withOpacity(container.border.color ?? "currentColor", container.border.opacity)}`;
    }
  }
  const bar = { ...defaults.progressBar, ...defined(general.progressBar ?? {}) };
  vars["--bl-progress-color"] = bar.color;
  vars["--bl-progress-bg"] = bar.backgroundColor;
  vars["--bl-progress-height"] = `${bar.thickness}px`;
  return vars;
}

function background(bg: NonNullable<Theme["general"]>["background"], fallback: string, dynamicUrl?: string): string {
  const url = dynamicUrl || (bg?.type === "Image" ? bg.content : undefined);
  if (url) return `url("${url.replace(/["\\\n]/g, encodeURIComponent)}") center / cover no-repeat`;
  if (bg?.type === "None") return "transparent";
  return bg?.content || fallback;
}

/**
 * Makes the theme's font available. Font faces only work when declared in the document (not in
 * a shadow root), so the stylesheet goes in `<head>`, once. Nothing is fetched unless the theme
 * names a font.
 */
export function loadFont(font: Font | undefined): void {
  if (!font || typeof document === "undefined") return;
  const family = fontFamily(font);
  if (typeof font === "object" && font.type === "Custom") {
    if (font.url) addHeadElement(`font:${font.url}`, () => stylesheetLink(font.url!));
    if (font.css) {
      addHeadElement(`font-css:${family}`, () => {
        const style = document.createElement("style");
        style.textContent = font.css!;
        return style;
      });
    }
    return;
  }
  if (!family) return;
  const href = `https://fonts.bunny.net/css2?family=${encodeURIComponent(family).replace(/%20/g, "+")}:ital,wght@0,300;0,400;0,600;1,400&display=swap`;
  addHeadElement(`font:${href}`, () => stylesheetLink(href));
}

function stylesheetLink(href: string): HTMLLinkElement {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  return link;
}

function addHeadElement(key: string, make: () => HTMLElement): void {
  const existing = Array.from(document.head.querySelectorAll("[data-botloom]")).some(
    (el) => el.getAttribute("data-botloom") === key,
  );
  if (existing) return;
  const el = make();
  el.setAttribute("data-botloom", key);
  document.head.appendChild(el);
}
