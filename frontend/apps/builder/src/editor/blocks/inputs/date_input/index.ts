import { Calendar } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "date input",
  family: "input",
  get label() {
    return i18n.t("blocks:dateInput.label");
  },
  Icon: Calendar,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
