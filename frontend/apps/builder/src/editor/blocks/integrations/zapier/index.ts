import { Zap } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Zapier",
  family: "integration",
  label: "Zapier",
  keywords: ["automation", "webhook", "zap"],
  Icon: Zap,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
