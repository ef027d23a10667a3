import { Send } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Email",
  family: "integration",
  get label() {
    return i18n.t("blocks:email.label");
  },
  keywords: ["send", "mail", "smtp"],
  Icon: Send,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
