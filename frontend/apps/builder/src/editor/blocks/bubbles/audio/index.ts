import { AudioLines } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "audio",
  family: "bubble",
  label: "Audio",
  Icon: AudioLines,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
