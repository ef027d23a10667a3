import type { BlockProps } from "../../types";

/** The OpenAI block on the canvas: its task and model. */
export function Node({ block }: BlockProps) {
  const { task, model } = (block.options ?? {}) as Record<string, string | undefined>;
  return (
    <span className="block-summary">{task ? `${task}${model ? ` with ${model}` : ""}` : "Configure…"}</span>
  );
}
