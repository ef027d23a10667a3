import { ExternalLink } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Redirect",
  family: "logic",
  get label() {
    return i18n.t("blocks:redirect.label");
  },
  keywords: ["url", "link", "navigate"],
  Icon: ExternalLink,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
