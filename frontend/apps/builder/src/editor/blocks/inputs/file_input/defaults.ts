import type { Block } from "../../../document";

/** A new file block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
