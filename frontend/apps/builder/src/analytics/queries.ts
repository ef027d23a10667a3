/** The analytics routes as TanStack queries: the page and the canvas overlay share them. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api";
import { type TimeFilter, userTimeZone } from "./stats";

function params(typebotId: string, timeFilter: TimeFilter) {
  return { params: { path: { typebotId }, query: { timeFilter, timeZone: userTimeZone() } } };
}

/** Views, starts and completions of the period. */
export function useStats(typebotId: string, timeFilter: TimeFilter) {
  return useQuery({
    queryKey: ["analytics", typebotId, "stats", timeFilter],
    queryFn: () =>
      unwrap(api.GET("/api/v1/typebots/{typebotId}/analytics/stats", params(typebotId, timeFilter))),
    placeholderData: keepPreviousData,
  });
}

/** The same, hour by hour, day by day or month by month. */
export function useTimeSeries(typebotId: string, timeFilter: TimeFilter) {
  return useQuery({
    queryKey: ["analytics", typebotId, "timeSeries", timeFilter],
    queryFn: () =>
      unwrap(api.GET("/api/v1/typebots/{typebotId}/analytics/timeSeries", params(typebotId, timeFilter))),
    placeholderData: keepPreviousData,
  });
}

/** Answers per block and each input block's reached / answered / dropped. */
export function useInDepthData(typebotId: string, timeFilter: TimeFilter, enabled = true) {
  return useQuery({
    queryKey: ["analytics", typebotId, "inDepthData", timeFilter],
    queryFn: () =>
      unwrap(api.GET("/api/v1/typebots/{typebotId}/analytics/inDepthData", params(typebotId, timeFilter))),
    placeholderData: keepPreviousData,
    enabled,
  });
}
