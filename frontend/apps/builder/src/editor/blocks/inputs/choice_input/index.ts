import { ListChecks } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { ItemLabel, Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "choice input",
  family: "input",
  label: "Buttons",
  Icon: ListChecks,
  defaults,
  outlets: "items+block",
  Node,
  ItemLabel,
  fallbackLabel: "Default",
  Settings,
};
