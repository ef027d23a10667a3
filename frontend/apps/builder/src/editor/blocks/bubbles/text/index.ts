import { MessageSquareText } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "text",
  family: "bubble",
  get label() {
    return i18n.t("blocks:text.label");
  },
  Icon: MessageSquareText,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
