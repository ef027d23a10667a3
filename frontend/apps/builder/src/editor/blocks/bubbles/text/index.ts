import { MessageSquareText } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "text",
  family: "bubble",
  label: "Text",
  Icon: MessageSquareText,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
