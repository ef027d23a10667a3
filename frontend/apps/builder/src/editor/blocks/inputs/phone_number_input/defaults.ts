import type { Block } from "../../../document";

/** A new phone block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
