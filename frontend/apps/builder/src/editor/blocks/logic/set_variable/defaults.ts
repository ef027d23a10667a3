import type { Block } from "../../../document";

/** A new set variable block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
