import type { Block } from "../../../document";

/** A new time block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
