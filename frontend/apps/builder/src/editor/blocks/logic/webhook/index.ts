import { Webhook } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "webhook",
  family: "logic",
  label: "Webhook",
  keywords: ["listen", "wait", "callback", "incoming"],
  Icon: Webhook,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
