import type { Block } from "../../../document";
import { emptyRichText } from "./richText";

/** A new text block's fields. */
export const defaults = (): Omit<Block, "id" | "type"> => ({ content: { richText: emptyRichText() } });
