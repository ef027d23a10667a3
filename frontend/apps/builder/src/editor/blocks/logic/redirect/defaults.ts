import type { Block } from "../../../document";

/** A new redirect block: Typebot's defaults (same tab). */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: { isNewTab: false } });
