import { SquareCode } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Code",
  family: "logic",
  label: "Script",
  keywords: ["code", "javascript", "js", "run"],
  Icon: SquareCode,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
