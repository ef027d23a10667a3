import { Variable } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Set variable",
  family: "logic",
  get label() {
    return i18n.t("blocks:setVariable.label");
  },
  keywords: ["assign", "compute", "expression", "code", "javascript"],
  Icon: Variable,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
