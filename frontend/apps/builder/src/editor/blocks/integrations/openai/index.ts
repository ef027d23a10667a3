import { Sparkles } from "lucide-react";
import { i18n } from "../../../../i18n";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "OpenAI",
  family: "integration",
  get label() {
    return i18n.t("blocks:openai.label");
  },
  keywords: ["ai", "gpt", "chatgpt", "llm", "legacy"],
  Icon: Sparkles,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
