import { Split } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { ItemLabel, Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Condition",
  family: "logic",
  get label() {
    return i18n.t("blocks:condition.label");
  },
  keywords: ["if", "else", "branch", "compare", "filter"],
  Icon: Split,
  defaults,
  outlets: "items+block",
  Node,
  ItemLabel,
  get fallbackLabel() {
    return i18n.t("blocks:condition.fallbackLabel");
  },
  Settings,
};
