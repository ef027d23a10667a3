import { useTranslation } from "../../../../i18n";
import { VariableTag } from "../../../variables/VariableTag";
import type { BlockProps, ItemProps } from "../../types";
import { ItemText } from "../items";

/** The picture choice input on the canvas (its pictures are the rows below). */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const options = block.options as
    | { dynamicItems?: { isEnabled?: boolean }; variableId?: string }
    | undefined;
  return (
    <span className="block-summary">
      {options?.dynamicItems?.isEnabled
        ? t("pictureChoiceInput.picturesFromVariables")
        : t("pictureChoiceInput.pictures")}
      <VariableTag variableId={options?.variableId} />
    </span>
  );
}

/** A picture's row: its title, else its address. */
export function ItemLabel({ item }: ItemProps) {
  const { t } = useTranslation("blocks");
  return <ItemText text={item.title || item.pictureSrc} empty={t("pictureChoiceInput.clickToEdit")} />;
}
