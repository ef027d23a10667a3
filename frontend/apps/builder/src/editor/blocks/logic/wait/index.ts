import { Hourglass } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Wait",
  family: "logic",
  label: "Wait",
  keywords: ["delay", "pause", "sleep", "timer"],
  Icon: Hourglass,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
