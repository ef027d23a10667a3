import { AudioLines } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "audio",
  family: "bubble",
  get label() {
    return i18n.t("blocks:audio.label");
  },
  Icon: AudioLines,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
