import type { Block } from "../../../document";

/** A new analytics block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
