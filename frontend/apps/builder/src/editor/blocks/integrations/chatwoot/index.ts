import { MessagesSquare } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Chatwoot",
  family: "integration",
  label: "Chatwoot",
  keywords: ["support", "live chat", "widget"],
  Icon: MessagesSquare,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
