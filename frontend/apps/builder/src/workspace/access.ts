/** Who the signed-in person is in a workspace: its members (for members and admins) and their own role. */
import { useQuery } from "@tanstack/react-query";
import { ApiError, api, unwrap } from "../api";
import { useMe } from "../auth/session";

export type Role = "ADMIN" | "MEMBER" | "GUEST";

export const membersKey = (workspaceId: string) => ["workspace-members", workspaceId] as const;

/** The workspace's members; guests are refused the list (403), which is how a guest is told apart. */
export function useMembers(workspaceId: string) {
  return useQuery({
    queryKey: membersKey(workspaceId),
    enabled: workspaceId !== "",
    retry: false,
    queryFn: () =>
      unwrap(api.GET("/api/v1/workspaces/{workspaceId}/members", { params: { path: { workspaceId } } })),
  });
}

/** The person's role in the workspace, `undefined` while it is being found out. */
export function useMyRole(workspaceId: string): Role | undefined {
  const me = useMe();
  const members = useMembers(workspaceId);
  if (members.error instanceof ApiError && members.error.status === 403) return "GUEST";
  const mine = members.data?.members.find((member) => member.userId === me.data?.id);
  return mine?.role;
}
