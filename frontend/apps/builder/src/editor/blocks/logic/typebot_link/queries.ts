/** The bots a Typebot link can point at, and the groups of one of them. */
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../../../api";
import { useEditor } from "../../../store";

/** The bots of the open bot's workspace. */
export function useWorkspaceBots() {
  const workspaceId = useEditor((state) => state.doc?.workspaceId as string | undefined);
  return useQuery({
    queryKey: ["typebots", workspaceId],
    enabled: Boolean(workspaceId),
    staleTime: 30_000,
    queryFn: () => unwrap(api.GET("/api/v1/typebots", { params: { query: { workspaceId } } })),
  });
}

/** The groups of a bot: the open one's own ("current"), or another one's, fetched. */
export function useGroupsOf(typebotId: string | undefined) {
  const own = useEditor((state) => state.doc);
  const isOwn = !typebotId || typebotId === "current" || typebotId === own?.id;
  const other = useQuery({
    queryKey: ["typebot", typebotId, "groups"],
    enabled: !isOwn,
    staleTime: 30_000,
    queryFn: () =>
      unwrap(api.GET("/api/v1/typebots/{typebotId}", { params: { path: { typebotId: typebotId ?? "" } } })),
  });
  if (isOwn) return (own?.groups ?? []).map(({ id, title }) => ({ id, title }));
  const groups = (other.data?.typebot as { groups?: { id: string; title: string }[] } | undefined)?.groups;
  return (groups ?? []).map(({ id, title }) => ({ id, title }));
}
