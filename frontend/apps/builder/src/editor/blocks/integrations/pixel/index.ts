import { Target } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "Pixel",
  family: "integration",
  get label() {
    return i18n.t("blocks:pixel.label");
  },
  keywords: ["meta", "facebook", "tracking", "event"],
  Icon: Target,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
