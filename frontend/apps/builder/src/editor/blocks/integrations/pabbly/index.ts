import { Boxes } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Pabbly",
  family: "integration",
  get label() {
    return i18n.t("blocks:pabbly.label");
  },
  keywords: ["automation", "webhook"],
  Icon: Boxes,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
