import { Sheet } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Google Sheets",
  family: "integration",
  get label() {
    return i18n.t("blocks:googleSheets.label");
  },
  keywords: ["google", "spreadsheet", "row", "table"],
  Icon: Sheet,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
