import type { Block } from "../../../document";
import { createId } from "../../../document";

/** A new condition block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({
  items: [{ id: createId(), content: { logicalOperator: "AND", comparisons: [] } }],
});
