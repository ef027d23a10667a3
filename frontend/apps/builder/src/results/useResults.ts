/** The bot's results, a keyset page at a time, and the routes around one result. */
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api";
import type { FilterParams } from "./filters";

export const PAGE_SIZE = 50;

/** Results matching the filters, newest first; `fetchNextPage` reads the next page. */
export function useResultPages(typebotId: string, filters: FilterParams) {
  return useInfiniteQuery({
    queryKey: ["results", typebotId, filters],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET("/api/v1/typebots/{typebotId}/results", {
          params: { path: { typebotId }, query: { ...filters, limit: PAGE_SIZE, cursor: pageParam } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** What was said in one result. */
export function useTranscript(typebotId: string, resultId: string) {
  return useQuery({
    queryKey: ["results", typebotId, resultId, "transcript"],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/typebots/{typebotId}/results/{resultId}/transcript", {
          params: { path: { typebotId, resultId } },
        }),
      ),
  });
}

/** What one result's run logged. */
export function useLogs(typebotId: string, resultId: string) {
  return useQuery({
    queryKey: ["results", typebotId, resultId, "logs"],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/typebots/{typebotId}/results/{resultId}/logs", {
          params: { path: { typebotId, resultId } },
        }),
      ),
  });
}

/** Deletes these results. */
export async function deleteResults(typebotId: string, resultIds: string[]): Promise<void> {
  await unwrap(
    api.DELETE("/api/v1/typebots/{typebotId}/results", {
      params: { path: { typebotId }, query: { resultIds: resultIds.join(",") } },
    }),
  );
}

/** Saves the table's preferences in the bot. */
export async function savePreferences(typebotId: string, resultsTablePreferences: unknown): Promise<void> {
  await unwrap(
    api.PATCH("/api/v1/typebots/{typebotId}", {
      params: { path: { typebotId } },
      body: { typebot: { resultsTablePreferences }, overwrite: false },
    }),
  );
}
