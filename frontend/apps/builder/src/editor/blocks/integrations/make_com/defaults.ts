import type { Block } from "../../../document";

/** A new make.com block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
