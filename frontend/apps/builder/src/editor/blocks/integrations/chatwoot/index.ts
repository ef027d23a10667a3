import { MessagesSquare } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Chatwoot",
  family: "integration",
  get label() {
    return i18n.t("blocks:chatwoot.label");
  },
  keywords: ["support", "live chat", "widget"],
  Icon: MessagesSquare,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
