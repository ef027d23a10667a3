import { AppWindow } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "embed",
  family: "bubble",
  label: "Embed",
  Icon: AppWindow,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
