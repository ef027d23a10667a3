import type { Block } from "../../../document";

/** A new pabbly block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
