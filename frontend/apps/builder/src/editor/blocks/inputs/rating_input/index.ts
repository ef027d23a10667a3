import { Star } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "rating input",
  family: "input",
  label: "Rating",
  Icon: Star,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
