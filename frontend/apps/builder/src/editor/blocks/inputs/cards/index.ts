import { GalleryHorizontal } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { ItemLabel, Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "cards",
  family: "input",
  get label() {
    return i18n.t("blocks:cards.label");
  },
  Icon: GalleryHorizontal,
  defaults,
  outlets: "items",
  Node,
  ItemLabel,
  Settings,
};
