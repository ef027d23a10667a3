import type { Block } from "../../../document";

/** A new script block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
