import type { Block } from "../../../document";

/** A new redirect block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
