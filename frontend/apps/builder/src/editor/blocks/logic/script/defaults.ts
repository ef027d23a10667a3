import type { Block } from "../../../document";

/** A new script block: Typebot's defaults (named "Script", run in the visitor's browser). */
export const defaults = (): Omit<Block, "id" | "type"> => ({
  options: { name: "Script", isExecutedOnClient: true },
});
