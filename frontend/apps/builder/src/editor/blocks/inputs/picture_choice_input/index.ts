import { Images } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { ItemLabel, Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "picture choice input",
  family: "input",
  label: "Pic choice",
  Icon: Images,
  defaults,
  outlets: "items+block",
  Node,
  ItemLabel,
  fallbackLabel: "Default",
  Settings,
};
