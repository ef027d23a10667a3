/** Where people leave: each input block's reached, answered and dropped in the period. */
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { api, unwrap } from "../api";
import type { Group } from "../editor/document";
import { useTranslation } from "../i18n";
import { useInDepthData } from "./queries";
import { questionNames } from "./questions";
import { formatPercent, mostDropped, type TimeFilter } from "./stats";

function useGroups(typebotId: string) {
  return useQuery({
    queryKey: ["analytics", typebotId, "groups"],
    queryFn: async () => {
      const { typebot } = await unwrap(
        api.GET("/api/v1/typebots/{typebotId}", { params: { path: { typebotId } } }),
      );
      return (typebot.groups ?? []) as Group[];
    },
    staleTime: 60_000,
  });
}

export function DropOffTable({
  typebotId,
  timeFilter,
  children,
}: {
  typebotId: string;
  timeFilter: TimeFilter;
  /** Actions shown beside the title (a link to the canvas overlay). */
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation("analytics");
  const depth = useInDepthData(typebotId, timeFilter);
  const groups = useGroups(typebotId);
  const names = questionNames(groups.data ?? []);
  const number = new Intl.NumberFormat(i18n.language);
  const dropOffs = depth.data?.dropOffs ?? [];
  const worst = mostDropped(dropOffs);
  return (
    <section className="analytics-card" aria-labelledby="drop-off-title">
      <header className="analytics-card-header">
        <div>
          <h2 id="drop-off-title">{t("dropOff.title")}</h2>
          <p className="analytics-intro">{t("dropOff.intro")}</p>
        </div>
        {children}
      </header>
      {depth.isError && <p role="alert">{depth.error.message}</p>}
      {depth.data && dropOffs.length === 0 && <p className="analytics-empty">{t("dropOff.none")}</p>}
      {dropOffs.length > 0 && (
        <table className="drop-off-table">
          <thead>
            <tr>
              <th scope="col">{t("dropOff.block")}</th>
              <th scope="col">{t("dropOff.group")}</th>
              <th scope="col">{t("dropOff.reached")}</th>
              <th scope="col">{t("dropOff.answered")}</th>
              <th scope="col">{t("dropOff.dropped")}</th>
              <th scope="col">{t("dropOff.rate")}</th>
            </tr>
          </thead>
          <tbody>
            {dropOffs.map((row) => {
              const name = names.get(row.blockId);
              return (
                <tr
                  key={row.blockId}
                  data-block-id={row.blockId}
                  data-worst={worst.has(row.blockId) || undefined}
                >
                  <th scope="row">{name?.question ?? row.blockId}</th>
                  <td>{name?.group ?? ""}</td>
                  <td>{number.format(row.totalReached)}</td>
                  <td>{number.format(row.totalAnswered)}</td>
                  <td>{number.format(row.totalDropped)}</td>
                  <td>
                    <span className="drop-off-rate">
                      <span className="drop-off-track" aria-hidden>
                        <span style={{ inlineSize: `${Math.round(row.dropOffRate * 100)}%` }} />
                      </span>
                      {formatPercent(row.totalReached ? row.dropOffRate : null, i18n.language)}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
