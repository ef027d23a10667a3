import { SquareCode } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Code",
  family: "logic",
  get label() {
    return i18n.t("blocks:script.label");
  },
  keywords: ["code", "javascript", "js", "run"],
  Icon: SquareCode,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
