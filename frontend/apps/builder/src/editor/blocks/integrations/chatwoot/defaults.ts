import type { Block } from "../../../document";

/** A new Chatwoot block: Typebot's defaults (show the widget of Chatwoot's cloud). */
export const defaults = (): Omit<Block, "id" | "type"> => ({
  options: { task: "Show widget", baseUrl: "https://app.chatwoot.com" },
});
