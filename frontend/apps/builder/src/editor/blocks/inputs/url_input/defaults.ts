import type { Block } from "../../../document";

/** A new website block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
