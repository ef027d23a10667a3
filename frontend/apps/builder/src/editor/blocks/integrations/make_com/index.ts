import { Blocks } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Make.com",
  family: "integration",
  label: "Make.com",
  keywords: ["integromat", "automation", "webhook"],
  Icon: Blocks,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
