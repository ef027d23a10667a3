/**
 * The server's plugin blocks (`GET /api/v1/blocks`): each is a block whose `type` is the plugin's
 * id. The catalogue is fetched once per page; what arrived is kept here so that `definitionOf`,
 * which is not a hook, can name and draw plugin blocks.
 */
import type { Schemas } from "@botloom/api-client";
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../../api";

export type Plugin = Schemas["PluginRead"];

const known = new Map<string, Plugin>();

/** The plugin of a block type, once the catalogue has arrived. */
export function knownPlugin(type: string): Plugin | undefined {
  return known.get(type);
}

/** The server's block catalogue. */
export function useBlockCatalogue() {
  return useQuery({
    queryKey: ["block-catalogue"],
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => {
      const catalogue = await unwrap(api.GET("/api/v1/blocks"));
      for (const plugin of catalogue.plugins) known.set(plugin.id, plugin);
      return catalogue;
    },
  });
}

/** The plugin of a block type (`undefined` while loading, or if the server has no such plugin). */
export function usePlugin(type: string): Plugin | undefined {
  const catalogue = useBlockCatalogue();
  return catalogue.data?.plugins.find((plugin) => plugin.id === type);
}

const CHAT_ACTIONS = /chat|completion|message|assistant/i;

/** Words that find a plugin in the sidebar besides its name: its actions, and "AI" for models. */
export function pluginKeywords(plugin: Plugin): string[] {
  const actions = plugin.actions.map((action) => action.name);
  return actions.some((name) => CHAT_ACTIONS.test(name))
    ? [...actions, "AI", "LLM", "chat", "model"]
    : actions;
}
