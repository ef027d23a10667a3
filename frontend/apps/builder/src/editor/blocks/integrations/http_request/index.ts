import { Globe } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Webhook",
  family: "integration",
  get label() {
    return i18n.t("blocks:httpRequest.label");
  },
  keywords: ["webhook", "api", "fetch", "rest", "url"],
  Icon: Globe,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
