import { ExternalLink } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Redirect",
  family: "logic",
  label: "Redirect",
  keywords: ["url", "link", "navigate"],
  Icon: ExternalLink,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
