import type { Block } from "../../../document";

/** A new openai block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: { task: "Create chat completion" } });
