import { Webhook } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "webhook",
  family: "logic",
  get label() {
    return i18n.t("blocks:webhook.label");
  },
  keywords: ["listen", "wait", "callback", "incoming"],
  Icon: Webhook,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
