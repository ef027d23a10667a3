/**
 * The bot theme as the theme editor reads it: the defaults the widget draws where the document
 * leaves a value unset (they depend on the document's version), the built-in presets, and
 * applying a whole theme (a preset or a workspace theme) to the document.
 */
import type { Theme } from "@botloom/widget";
import { type ThemeDefaults, themeDefaults } from "@botloom/widget/theme-defaults";
import type { BotDocument } from "../document";

export type { Theme, ThemeDefaults };
export { themeDefaults };

/** The colours and sizes the form shows where the theme is silent, by path under `theme`. */
export function defaultShown(defaults: ThemeDefaults): Record<string, string> {
  const boxes = ["hostBubbles", "guestBubbles", "buttons", "inputs"] as const;
  const shown: Record<string, string> = {
    "general.font": defaults.font,
    "general.background.content": defaults.background,
    "general.progressBar.color": defaults.progressBar.color,
    "general.progressBar.backgroundColor": defaults.progressBar.backgroundColor,
    "general.progressBar.thickness": String(defaults.progressBar.thickness),
    "chat.roundness": defaults.roundness,
    "chat.container.backgroundColor": "transparent",
  };
  for (const box of boxes) {
    shown[`chat.${box}.backgroundColor`] = defaults[box].backgroundColor;
    shown[`chat.${box}.color`] = defaults[box].color;
    const placeholder = defaults[box].placeholderColor;
    if (placeholder) shown[`chat.${box}.placeholderColor`] = placeholder;
  }
  return shown;
}

/** `#abc` → `#aabbcc`; a colour `<input type="color">` cannot show (a name, rgba) → null. */
export function toHexColor(value: string | undefined): string | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? "")?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  return `#${full.toLowerCase()}`;
}

export type PresetId = "light" | "dark";

/** Botloom's own starting points: a light theme and a dark one, every colour set. */
export const PRESETS: Record<PresetId, Theme> = {
  light: {
    general: {
      font: { type: "Google", family: "Inter" },
      background: { type: "Color", content: "#FFFFFF" },
      progressBar: {
        isEnabled: false,
        color: "#2563EB",
        backgroundColor: "#E2E8F0",
        placement: "Top",
        thickness: 4,
      },
    },
    chat: {
      roundness: "medium",
      hostAvatar: { isEnabled: true },
      guestAvatar: { isEnabled: false },
      hostBubbles: { backgroundColor: "#F1F5F9", color: "#0F172A", border: { thickness: 0 } },
      guestBubbles: { backgroundColor: "#2563EB", color: "#FFFFFF", border: { thickness: 0 } },
      buttons: { backgroundColor: "#2563EB", color: "#FFFFFF", border: { thickness: 0 } },
      inputs: {
        backgroundColor: "#FFFFFF",
        color: "#0F172A",
        placeholderColor: "#94A3B8",
        border: { thickness: 1, color: "#CBD5E1" },
      },
    },
  },
  dark: {
    general: {
      font: { type: "Google", family: "Inter" },
      background: { type: "Color", content: "#0F172A" },
      progressBar: {
        isEnabled: false,
        color: "#818CF8",
        backgroundColor: "#1E293B",
        placement: "Top",
        thickness: 4,
      },
    },
    chat: {
      roundness: "large",
      hostAvatar: { isEnabled: true },
      guestAvatar: { isEnabled: false },
      container: { color: "#F1F5F9" },
      hostBubbles: {
        backgroundColor: "#1E293B",
        color: "#F1F5F9",
        border: { thickness: 1, color: "#334155" },
      },
      guestBubbles: { backgroundColor: "#6366F1", color: "#FFFFFF", border: { thickness: 0 } },
      buttons: { backgroundColor: "#6366F1", color: "#FFFFFF", border: { thickness: 0 } },
      inputs: {
        backgroundColor: "#1E293B",
        color: "#F1F5F9",
        placeholderColor: "#64748B",
        border: { thickness: 1, color: "#334155" },
      },
    },
  },
};

/**
 * Replaces the document's theme with `theme` (a preset or a workspace theme), as one change.
 * The bot's own avatar pictures are kept when the applied theme names none: a template is about
 * colours, and losing an uploaded face would surprise.
 */
export function applyTheme(draft: BotDocument, theme: Theme): void {
  const current = (draft.theme ?? {}) as Theme;
  const next: Theme = structuredClone(theme);
  for (const key of ["hostAvatar", "guestAvatar"] as const) {
    const url = current.chat?.[key]?.url;
    if (url && !next.chat?.[key]?.url) {
      next.chat = { ...next.chat, [key]: { ...next.chat?.[key], url } };
    }
  }
  draft.theme = next;
}
