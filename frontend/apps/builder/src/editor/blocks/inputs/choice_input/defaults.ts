import type { Block } from "../../../document";
import { createId } from "../../../document";

/** A new buttons block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({
  options: {},
  items: [{ id: createId(), content: "" }],
});
