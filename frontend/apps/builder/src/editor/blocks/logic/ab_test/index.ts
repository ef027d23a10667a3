import { FlaskConical } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { ItemLabel, Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "AB test",
  family: "logic",
  label: "AB test",
  keywords: ["split", "random", "experiment", "percent"],
  Icon: FlaskConical,
  defaults,
  outlets: "items",
  Node,
  ItemLabel,
  Settings,
};
