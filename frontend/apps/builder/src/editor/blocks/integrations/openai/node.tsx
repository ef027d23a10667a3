import type { BlockProps } from "../../types";

/** The openai block on the canvas. */
export function Node(_props: BlockProps) {
  return <span className="block-summary">OpenAI</span>;
}
