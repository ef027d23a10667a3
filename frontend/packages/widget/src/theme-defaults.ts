/**
 * What a bot's theme means where it leaves a value unset: Typebot changed its defaults with
 * version 6.1 (grey background, white bordered bubbles, orange buttons, bordered inputs), and a
 * bot keeps the look of the version it was made with. The table is shared with the bot page.
 */
import table from "../../../../src/botloom/web/assets/theme-defaults.json";
import type { ContainerStyle } from "./types";

export interface BoxDefaults {
  backgroundColor: string;
  color: string;
  /** Colour of a 1px border, or null for none. */
  border: string | null;
  placeholderColor?: string;
  shadow?: ContainerStyle["shadow"];
}

export interface ThemeDefaults {
  font: string;
  background: string;
  roundness: string;
  hostAvatar: boolean;
  hostBubbles: BoxDefaults;
  guestBubbles: BoxDefaults;
  buttons: BoxDefaults;
  inputs: BoxDefaults;
  progressBar: { color: string; backgroundColor: string; thickness: number };
}

const TABLE = table as Record<"6" | "6.1", ThemeDefaults>;

/** The defaults for a bot's document version: 6.1 and later get the newer ones. */
export function themeDefaults(version: string | undefined): ThemeDefaults {
  const [major, minor] = (version ?? "").split(".").map(Number);
  const newer = major > 6 || (major === 6 && minor >= 1);
  return TABLE[newer ? "6.1" : "6"];
}
