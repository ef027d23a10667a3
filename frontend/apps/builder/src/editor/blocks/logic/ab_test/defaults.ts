import type { Block } from "../../../document";
import { createId } from "../../../document";

/** A new ab test block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({
  options: { aPercent: 50 },
  items: [
    { id: createId(), path: "a" },
    { id: createId(), path: "b" },
  ],
});
