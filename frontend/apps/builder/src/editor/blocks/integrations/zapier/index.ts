import { Zap } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Zapier",
  family: "integration",
  get label() {
    return i18n.t("blocks:zapier.label");
  },
  keywords: ["automation", "webhook", "zap"],
  Icon: Zap,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
