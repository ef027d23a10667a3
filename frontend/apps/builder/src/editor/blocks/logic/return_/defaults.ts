import type { Block } from "../../../document";

/** A new return block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({});
