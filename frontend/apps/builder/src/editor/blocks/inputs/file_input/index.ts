import { Upload } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "file input",
  family: "input",
  label: "File",
  Icon: Upload,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
