import { useTranslation } from "../../../../i18n";
import { VariableTag } from "../../../variables/VariableTag";
import type { BlockProps } from "../../types";

/** The file input on the canvas: one file or several, and the variable. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const options = block.options as { isMultipleAllowed?: boolean; variableId?: string } | undefined;
  return (
    <span className="block-summary">
      {options?.isMultipleAllowed ? t("fileInput.collectFiles") : t("fileInput.collectAFile")}
      <VariableTag variableId={options?.variableId} />
    </span>
  );
}
