import { Hourglass } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Wait",
  family: "logic",
  get label() {
    return i18n.t("blocks:wait.label");
  },
  keywords: ["delay", "pause", "sleep", "timer"],
  Icon: Hourglass,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
