import type { Block } from "../../../document";

/** A new pixel block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
