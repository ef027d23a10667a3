import { useTranslation } from "../../../../i18n";
import { VariableTag } from "../../../variables/VariableTag";
import type { BlockProps } from "../../types";

/** The date input on the canvas: a date or a range, and its variable. */
export function Node({ block }: BlockProps) {
  const options = block.options as { isRange?: boolean; hasTime?: boolean; variableId?: string } | undefined;
  const { t } = useTranslation("blocks");
  const what = options?.isRange ? "range" : "date";
  return (
    <span className="block-summary">
      {t(options?.hasTime ? `dateInput.summary.${what}WithTime` : `dateInput.summary.${what}`)}
      <VariableTag variableId={options?.variableId} />
    </span>
  );
}
