import type { Block } from "../../../document";
import { createId } from "../../../document";

/** A new cards block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({
  options: {},
  items: [{ id: createId(), title: "", paths: [{ id: createId(), text: "Select" }] }],
});
