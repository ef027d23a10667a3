import { Workflow } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Typebot link",
  family: "logic",
  get label() {
    return i18n.t("blocks:typebotLink.label");
  },
  keywords: ["link", "bot", "flow", "group"],
  Icon: Workflow,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
