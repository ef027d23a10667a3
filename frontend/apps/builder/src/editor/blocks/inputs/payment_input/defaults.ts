import type { Block } from "../../../document";

/** A new payment block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: { provider: "Stripe" } });
