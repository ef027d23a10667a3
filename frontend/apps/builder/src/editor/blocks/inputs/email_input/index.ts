import { AtSign } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "email input",
  family: "input",
  label: "Email",
  Icon: AtSign,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
