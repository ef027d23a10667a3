import { Undo2 } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Return",
  family: "logic",
  label: "Return",
  keywords: ["back", "jump"],
  Icon: Undo2,
  defaults,
  outlets: "none",
  Node,
  Settings,
};
