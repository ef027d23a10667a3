import { TextCursorInput } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "text input",
  family: "input",
  label: "Text",
  Icon: TextCursorInput,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
