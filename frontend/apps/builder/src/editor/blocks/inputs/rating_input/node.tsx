import { useTranslation } from "../../../../i18n";
import { VariableTag } from "../../../variables/VariableTag";
import type { BlockProps } from "../../types";

/** The rating input on the canvas: its scale and variable. */
export function Node({ block }: BlockProps) {
  const options = block.options as
    | { length?: number; startsAt?: number; buttonType?: string; variableId?: string }
    | undefined;
  const { t } = useTranslation("blocks");
  const length = options?.length ?? 10;
  return (
    <span className="block-summary">
      {options?.buttonType === "Icons"
        ? t("ratingInput.rateIcons", { count: length })
        : t("ratingInput.rateNumbers", { from: options?.startsAt ?? 0, to: length })}
      <VariableTag variableId={options?.variableId} />
    </span>
  );
}
