import { Image } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "image",
  family: "bubble",
  get label() {
    return i18n.t("blocks:image.label");
  },
  Icon: Image,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
