import { useTranslation } from "../../../../i18n";
import { VariableTag } from "../../../variables/VariableTag";
import type { BlockProps } from "../../types";

/** The time input on the canvas: its format and variable. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const options = block.options as { format?: string; variableId?: string } | undefined;
  return (
    <span className="block-summary">
      {t("timeInput.summary", { format: options?.format || "HH:mm" })}
      <VariableTag variableId={options?.variableId} />
    </span>
  );
}
