import { ChartLine } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Google Analytics",
  family: "integration",
  get label() {
    return i18n.t("blocks:googleAnalytics.label");
  },
  keywords: ["ga", "tracking", "event", "google"],
  Icon: ChartLine,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
