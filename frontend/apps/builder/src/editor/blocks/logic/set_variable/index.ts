import { Variable } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Set variable",
  family: "logic",
  label: "Set variable",
  keywords: ["assign", "compute", "expression", "code", "javascript"],
  Icon: Variable,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
