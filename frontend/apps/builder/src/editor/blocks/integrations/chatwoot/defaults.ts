import type { Block } from "../../../document";

/** A new chatwoot block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: { task: "Show widget" } });
