import type { Block } from "../../../document";

/** A new text block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
