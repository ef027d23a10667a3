import { Image } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "image",
  family: "bubble",
  label: "Image",
  Icon: Image,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
