import { Phone } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "phone number input",
  family: "input",
  label: "Phone",
  Icon: Phone,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
