import { Calendar } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "date input",
  family: "input",
  label: "Date",
  Icon: Calendar,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
