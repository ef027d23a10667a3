/** The builder's definition of a plugin block: one per plugin id, named from the catalogue. */

import type { BlockType } from "@botloom/api-client";
import { BarChart3, Puzzle, Sheet, Sparkles } from "lucide-react";
import type { BlockDefinition } from "../types";
import { knownPlugin, pluginKeywords } from "./catalogue";
import { PluginNode } from "./PluginNode";
import { PluginSettings } from "./PluginSettings";

const ICONS: Record<string, BlockDefinition["Icon"]> = {
  posthog: BarChart3,
  segment: BarChart3,
  "google-sheets": Sheet,
};

/** The icon of a plugin: by its icon name, "AI" for model providers, else a puzzle piece. */
export function pluginIcon(icon: string, keywords: string[]): BlockDefinition["Icon"] {
  return ICONS[icon] ?? (keywords.includes("AI") ? Sparkles : Puzzle);
}

const definitions = new Map<string, BlockDefinition>();

/** The definition of a plugin block type (named after its id until the catalogue arrives). */
export function pluginDefinition(type: string): BlockDefinition {
  const plugin = knownPlugin(type);
  const cached = definitions.get(type);
  if (cached && (cached.label !== type || !plugin)) return cached;
  const keywords = plugin ? pluginKeywords(plugin) : [];
  const definition: BlockDefinition = {
    // Plugin ids are block types the engine runs through its plugin registry.
    type: type as BlockType,
    family: "plugin",
    label: plugin?.name ?? type,
    keywords,
    Icon: pluginIcon(plugin?.icon ?? "", keywords),
    defaults: () => {
      const actions = knownPlugin(type)?.actions ?? [];
      return { options: actions.length > 0 ? { action: actions[0].name } : {} };
    },
    outlets: "block",
    Node: PluginNode,
    Settings: PluginSettings,
  };
  definitions.set(type, definition);
  return definition;
}
