import type { Block } from "../../../document";

/** A new http request block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {} });
