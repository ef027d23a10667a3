import type { Block } from "../../../document";

/** A new video block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ content: {} });
