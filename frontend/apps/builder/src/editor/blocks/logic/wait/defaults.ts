import type { Block } from "../../../document";

/** A new wait block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
