import type { Block } from "../../../document";

/** A new webhook block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
