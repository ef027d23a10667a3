import type { Block } from "../../../document";

/** A new rating block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
