import { ChartLine } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Google Analytics",
  family: "integration",
  label: "Analytics",
  keywords: ["ga", "tracking", "event", "google"],
  Icon: ChartLine,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
