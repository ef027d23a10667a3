/** The dashboard's reads and writes, on the folders and typebots routes. */
import type { Schemas } from "@botloom/api-client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../api";
import { exportBot } from "../editor/importExport";
import { documentForNewBot, type FolderPlace, folderTrail } from "./folders";

export type BotSummary = Schemas["TypebotSummary"];
export type FolderSummary = Schemas["FolderSummary"];

/** One folder's place (name and parent). */
export async function readFolder(folderId: string): Promise<FolderPlace> {
  const { folder } = await unwrap(api.GET("/api/v1/folders/{folderId}", { params: { path: { folderId } } }));
  return { id: folder.id, name: folder.name, parentFolderId: folder.parentFolderId ?? null };
}

/** The folders from the top level down to the open one (none at the top level). */
export function useFolderTrail(folderId: string | null) {
  return useQuery({
    queryKey: ["folder-trail", folderId],
    enabled: folderId !== null,
    queryFn: () => folderTrail(folderId ?? "", readFolder),
  });
}

/** The folders directly inside `parentFolderId` (the top level for null). */
export function useFolders(workspaceId: string | undefined, parentFolderId: string | null) {
  return useQuery({
    queryKey: ["folders", workspaceId, parentFolderId],
    enabled: Boolean(workspaceId),
    queryFn: async () => {
      const query = { workspaceId: workspaceId ?? "", ...(parentFolderId ? { parentFolderId } : {}) };
      return (await unwrap(api.GET("/api/v1/folders", { params: { query } }))).folders;
    },
  });
}

/** The bots directly inside `folderId` (the top level for null). */
export function useBots(workspaceId: string | undefined, folderId: string | null) {
  return useQuery({
    queryKey: ["typebots", workspaceId, folderId],
    enabled: Boolean(workspaceId),
    queryFn: async () => {
      const query = { workspaceId, ...(folderId ? { folderId } : {}) };
      return (await unwrap(api.GET("/api/v1/typebots", { params: { query } }))).typebots;
    },
  });
}

/** Every write of the dashboard; each refreshes the lists it changes. */
export function useDashboardActions(workspaceId: string | undefined) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["typebots"] }),
      queryClient.invalidateQueries({ queryKey: ["folders"] }),
      queryClient.invalidateQueries({ queryKey: ["folder-trail"] }),
    ]);
  const workspace = () => {
    if (!workspaceId) throw new Error("Choose a workspace first");
    return workspaceId;
  };
  /** A write's mutation options: it refreshes the lists when it succeeds. */
  const write = <A, R>(run: (args: A) => Promise<R>) => ({ mutationFn: run, onSuccess: refresh });

  return {
    createBot: useMutation(
      write(async ({ name, folderId }: { name: string; folderId: string | null }) => {
        const body = { workspaceId: workspace(), typebot: { name, ...(folderId ? { folderId } : {}) } };
        return (await unwrap(api.POST("/api/v1/typebots", { body }))).typebot;
      }),
    ),
    importBot: useMutation(
      write(async ({ typebot, folderId }: { typebot: Record<string, unknown>; folderId: string | null }) => {
        const body = { workspaceId: workspace(), typebot, folderId };
        return (await unwrap(api.POST("/api/v1/typebots/import", { body }))).typebot;
      }),
    ),
    duplicateBot: useMutation(
      write(async ({ bot, name, folderId }: { bot: BotSummary; name: string; folderId: string | null }) => {
        const { typebot } = await unwrap(
          api.GET("/api/v1/typebots/{typebotId}", { params: { path: { typebotId: bot.id } } }),
        );
        const body = { workspaceId: workspace(), typebot: documentForNewBot(typebot, name), folderId };
        return (await unwrap(api.POST("/api/v1/typebots/import", { body }))).typebot;
      }),
    ),
    changeBot: useMutation(
      write(async ({ id, changes }: { id: string; changes: { name?: string; folderId?: string | null } }) => {
        const params = { path: { typebotId: id } };
        return (
          await unwrap(
            api.PATCH("/api/v1/typebots/{typebotId}", {
              params,
              body: { typebot: changes, overwrite: false },
            }),
          )
        ).typebot;
      }),
    ),
    deleteBot: useMutation(
      write(async (id: string) =>
        unwrap(api.DELETE("/api/v1/typebots/{typebotId}", { params: { path: { typebotId: id } } })),
      ),
    ),
    exportBot: useMutation({ mutationFn: exportBot }),
    createFolder: useMutation(
      write(async ({ name, parentFolderId }: { name: string; parentFolderId: string | null }) => {
        const body = { workspaceId: workspace(), folderName: name, parentFolderId };
        return (await unwrap(api.POST("/api/v1/folders", { body }))).folder;
      }),
    ),
    renameFolder: useMutation(
      write(async ({ id, name }: { id: string; name: string }) => {
        const body = { workspaceId: workspace(), folder: { name } };
        return unwrap(api.PATCH("/api/v1/folders/{folderId}", { params: { path: { folderId: id } }, body }));
      }),
    ),
    deleteFolder: useMutation(
      write(async (id: string) =>
        unwrap(api.DELETE("/api/v1/folders/{folderId}", { params: { path: { folderId: id } } })),
      ),
    ),
  };
}

export type DashboardActions = ReturnType<typeof useDashboardActions>;
