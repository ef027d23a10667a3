import type { Block } from "../../../document";

/** A new email block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
