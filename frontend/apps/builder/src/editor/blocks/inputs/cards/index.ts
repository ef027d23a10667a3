import { GalleryHorizontal } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { ItemLabel, Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "cards",
  family: "input",
  label: "Cards",
  Icon: GalleryHorizontal,
  defaults,
  outlets: "items",
  Node,
  ItemLabel,
  Settings,
};
