import { Target } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Pixel",
  family: "integration",
  label: "Pixel",
  keywords: ["meta", "facebook", "tracking", "event"],
  Icon: Target,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
