import type { Block } from "../../../document";

/** A new image block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ content: {} });
