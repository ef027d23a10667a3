import { CornerDownRight } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Jump",
  family: "logic",
  get label() {
    return i18n.t("blocks:jump.label");
  },
  keywords: ["go to", "group", "goto"],
  Icon: CornerDownRight,
  defaults,
  outlets: "none",
  Node,
  Settings,
};
