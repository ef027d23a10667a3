import type { Block } from "../../../document";

/** A new number block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
