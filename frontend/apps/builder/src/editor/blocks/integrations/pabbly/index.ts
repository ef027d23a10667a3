import { Boxes } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Pabbly",
  family: "integration",
  label: "Pabbly",
  keywords: ["automation", "webhook"],
  Icon: Boxes,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
