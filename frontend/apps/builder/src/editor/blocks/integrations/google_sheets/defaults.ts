import type { Block } from "../../../document";

/** A new sheets block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
