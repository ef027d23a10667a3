import { CornerDownRight } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Jump",
  family: "logic",
  label: "Jump",
  keywords: ["go to", "group", "goto"],
  Icon: CornerDownRight,
  defaults,
  outlets: "none",
  Node,
  Settings,
};
