import { useTranslation } from "../../../../i18n";
import { VariableTag } from "../../../variables/VariableTag";
import type { BlockProps, ItemProps } from "../../types";
import { ItemText } from "../items";

/** The cards input on the canvas (each card is a row below, its buttons carry the edges). */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const options = block.options as { variableId?: string } | undefined;
  return (
    <span className="block-summary">
      {t("cards.cards")}
      <VariableTag variableId={options?.variableId} />
    </span>
  );
}

/** A card's row: its title (its buttons follow, each with its handle). */
export function ItemLabel({ item }: ItemProps) {
  const { t } = useTranslation("blocks");
  return <ItemText text={item.title} empty={t("cards.untitledCard")} />;
}
