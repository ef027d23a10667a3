import { FlaskConical } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { ItemLabel, Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "AB test",
  family: "logic",
  get label() {
    return i18n.t("blocks:abTest.label");
  },
  keywords: ["split", "random", "experiment", "percent"],
  Icon: FlaskConical,
  defaults,
  outlets: "items",
  Node,
  ItemLabel,
  Settings,
};
