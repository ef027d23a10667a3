import { Clock } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "time input",
  family: "input",
  label: "Time",
  Icon: Clock,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
