import type { Block } from "../../../document";

/** A new zapier block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
