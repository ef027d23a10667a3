import { Sparkles } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "OpenAI",
  family: "integration",
  label: "OpenAI",
  keywords: ["ai", "gpt", "chatgpt", "llm", "legacy"],
  Icon: Sparkles,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
