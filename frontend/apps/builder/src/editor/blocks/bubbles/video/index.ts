import { Film } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "video",
  family: "bubble",
  get label() {
    return i18n.t("blocks:video.label");
  },
  Icon: Film,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
