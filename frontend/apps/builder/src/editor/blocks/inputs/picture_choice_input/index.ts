import { Images } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { ItemLabel, Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "picture choice input",
  family: "input",
  get label() {
    return i18n.t("blocks:pictureChoiceInput.label");
  },
  Icon: Images,
  defaults,
  outlets: "items+block",
  Node,
  ItemLabel,
  get fallbackLabel() {
    return i18n.t("blocks:pictureChoiceInput.fallbackLabel");
  },
  Settings,
};
