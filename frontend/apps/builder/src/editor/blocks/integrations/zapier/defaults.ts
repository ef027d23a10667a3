import type { Block } from "../../../document";

/** A new Zapier block: a POST to its webhook, like Typebot's. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: { webhook: { method: "POST" } } });
