import { Workflow } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Typebot link",
  family: "logic",
  label: "Typebot link",
  keywords: ["link", "bot", "flow", "group"],
  Icon: Workflow,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
