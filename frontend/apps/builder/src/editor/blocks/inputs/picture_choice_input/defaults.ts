import type { Block } from "../../../document";
import { createId } from "../../../document";

/** A new pic choice block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ options: {}, items: [{ id: createId() }] });
