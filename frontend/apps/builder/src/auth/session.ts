/** Who is signed in, read once and shared by every screen. */
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api";

export const ME_QUERY = ["me"] as const;

/** The signed-in user, or `null` when the browser has no session. */
export function useMe() {
  return useQuery({
    queryKey: ME_QUERY,
    queryFn: async () => {
      const { data, response } = await api.GET("/api/v1/users/me");
      if (response.status === 401) return null;
      if (!data) throw new Error(`Could not read your account (${response.status})`);
      return data;
    },
    staleTime: 60_000,
  });
}

/** The workspaces the user belongs to (the first is where new bots go by default). */
export function useWorkspaces() {
  return useQuery({
    queryKey: ["workspaces"],
    queryFn: () => unwrap(api.GET("/api/v1/workspaces")),
  });
}
