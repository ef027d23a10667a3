import { Globe } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Webhook",
  family: "integration",
  label: "HTTP request",
  keywords: ["webhook", "api", "fetch", "rest", "url"],
  Icon: Globe,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
