import { Sheet } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Google Sheets",
  family: "integration",
  label: "Sheets",
  keywords: ["google", "spreadsheet", "row", "table"],
  Icon: Sheet,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
