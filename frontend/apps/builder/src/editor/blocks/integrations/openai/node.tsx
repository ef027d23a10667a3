import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";

/** The OpenAI block on the canvas: its task and model. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const { task, model } = (block.options ?? {}) as Record<string, string | undefined>;
  return (
    <span className="block-summary">
      {task ? (model ? t("openai.taskWithModel", { task, model }) : task) : t("configure")}
    </span>
  );
}
