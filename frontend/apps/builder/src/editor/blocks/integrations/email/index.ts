import { Send } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Email",
  family: "integration",
  label: "Email",
  keywords: ["send", "mail", "smtp"],
  Icon: Send,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
