import { Split } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { ItemLabel, Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Condition",
  family: "logic",
  label: "Condition",
  keywords: ["if", "else", "branch", "compare", "filter"],
  Icon: Split,
  defaults,
  outlets: "items+block",
  Node,
  ItemLabel,
  fallbackLabel: "Else",
  Settings,
};
