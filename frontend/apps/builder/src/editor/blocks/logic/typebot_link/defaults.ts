import type { Block } from "../../../document";

/** A new typebot block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
