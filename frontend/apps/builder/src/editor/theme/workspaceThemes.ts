/** The workspace's saved themes (`/api/v1/themeTemplates`): list, save the bot's, delete. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../api";
import { createId } from "../document";
import type { Theme } from "./themeModel";

const key = (workspaceId: string) => ["themeTemplates", workspaceId] as const;

/** The workspace's themes, the most recently saved first. */
export function useWorkspaceThemes(workspaceId: string | undefined) {
  return useQuery({
    queryKey: key(workspaceId ?? ""),
    enabled: Boolean(workspaceId),
    retry: false,
    queryFn: async () =>
      (
        await unwrap(
          api.GET("/api/v1/themeTemplates", { params: { query: { workspaceId: workspaceId ?? "" } } }),
        )
      ).themeTemplates,
  });
}

/** Saves a theme under a new name in the workspace. */
export function useSaveWorkspaceTheme(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ name, theme }: { name: string; theme: Theme }) =>
      unwrap(
        api.PUT("/api/v1/themeTemplates/{themeTemplateId}", {
          params: { path: { themeTemplateId: createId() } },
          body: { workspaceId, themeTemplate: { name, theme: theme as Record<string, unknown> } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: key(workspaceId) }),
  });
}

/** Deletes a workspace theme (bots that applied it keep their copy). */
export function useDeleteWorkspaceTheme(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (themeTemplateId: string) =>
      unwrap(
        api.DELETE("/api/v1/themeTemplates/{themeTemplateId}", {
          params: { path: { themeTemplateId }, query: { workspaceId } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: key(workspaceId) }),
  });
}
