import { Hash } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "number input",
  family: "input",
  label: "Number",
  Icon: Hash,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
