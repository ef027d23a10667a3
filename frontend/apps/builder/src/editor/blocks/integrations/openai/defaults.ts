import type { Block } from "../../../document";

/** A new (legacy) OpenAI block: Typebot's defaults, a chat completion on OpenAI's API. */
export const defaults = (): Omit<Block, "id" | "type"> => ({
  options: { task: "Create chat completion", baseUrl: "https://api.openai.com/v1" },
});
