import { Film } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "video",
  family: "bubble",
  label: "Video",
  Icon: Film,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
