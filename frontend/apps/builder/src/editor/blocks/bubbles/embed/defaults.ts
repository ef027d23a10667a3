import type { Block } from "../../../document";

/** A new embed block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ content: { height: 400 } });
