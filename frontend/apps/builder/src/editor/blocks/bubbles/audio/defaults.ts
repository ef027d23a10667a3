import type { Block } from "../../../document";

/** A new audio block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ content: {} });
