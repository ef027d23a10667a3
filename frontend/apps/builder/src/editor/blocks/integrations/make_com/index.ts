import { Blocks } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Make.com",
  family: "integration",
  get label() {
    return i18n.t("blocks:makeCom.label");
  },
  keywords: ["integromat", "automation", "webhook"],
  Icon: Blocks,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
