import type { Block } from "../../../document";

/** A new jump block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
