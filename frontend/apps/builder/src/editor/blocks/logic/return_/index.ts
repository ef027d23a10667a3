import { Undo2 } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Return",
  family: "logic",
  get label() {
    return i18n.t("blocks:return.label");
  },
  keywords: ["back", "jump"],
  Icon: Undo2,
  defaults,
  outlets: "none",
  Node,
  Settings,
};
