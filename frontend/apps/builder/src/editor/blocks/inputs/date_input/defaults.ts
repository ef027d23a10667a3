import type { Block } from "../../../document";

/** A new date block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
