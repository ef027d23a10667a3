/**
 * A bot's analytics: views, starts, completions and completion rate over a chosen period, as
 * totals and as a chart, then where people leave, question by question. The results screen
 * mounts it under `/typebots/:typebotId/results/analytics`.
 */
import { lazy, Suspense } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { useTranslation } from "../i18n";
import { DropOffTable } from "./DropOffTable";
import { PeriodSelect } from "./PeriodSelect";
import { useStats, useTimeSeries } from "./queries";
import { completionRate, formatPercent, parseTimeFilter, type Stats, type TimeFilter } from "./stats";
import "./analytics.css";

const StatsChart = lazy(() => import("./StatsChart"));

function Totals({ stats }: { stats: Stats | undefined }) {
  const { t, i18n } = useTranslation("analytics");
  const number = new Intl.NumberFormat(i18n.language);
  const count = (value: number | undefined) => (value === undefined ? "…" : number.format(value));
  const tiles = [
    { key: "views", value: count(stats?.totalViews), help: t("totals.viewsHelp") },
    { key: "starts", value: count(stats?.totalStarts), help: t("totals.startsHelp") },
    { key: "completions", value: count(stats?.totalCompleted), help: t("totals.completionsHelp") },
    {
      key: "completionRate",
      value: stats ? formatPercent(completionRate(stats), i18n.language) : "…",
      help: t("totals.completionRateHelp"),
    },
  ] as const;
  return (
    <dl className="stat-tiles" aria-label={t("totals.label")}>
      {tiles.map((tile) => (
        <div key={tile.key} className="stat-tile" data-stat={tile.key}>
          <dt>{t(`totals.${tile.key}`)}</dt>
          <dd>
            <span className="stat-value">{tile.value}</span>
            <span className="stat-help">{tile.help}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Chart({ typebotId, timeFilter }: { typebotId: string; timeFilter: TimeFilter }) {
  const { t } = useTranslation("analytics");
  const { t: tc } = useTranslation();
  const series = useTimeSeries(typebotId, timeFilter);
  const data = series.data;
  const empty = data?.points.every((point) => point.totalViews === 0) ?? false;
  return (
    <figure
      className="analytics-card stats-figure"
      aria-label={t("chart.label")}
      aria-busy={series.isFetching}
    >
      <figcaption>{t("chart.label")}</figcaption>
      {series.isError && <p role="alert">{series.error.message}</p>}
      {empty && <p className="analytics-empty">{t("chart.empty")}</p>}
      {data && !empty && (
        <Suspense fallback={<p className="analytics-empty">{tc("loading")}</p>}>
          <StatsChart points={data.points} interval={data.interval} />
        </Suspense>
      )}
    </figure>
  );
}

export function AnalyticsPage() {
  const { t } = useTranslation("analytics");
  const { typebotId = "" } = useParams();
  // The period lives in the address (`?period=`), so a link or a reload keeps it.
  const [search, setSearch] = useSearchParams();
  const timeFilter = parseTimeFilter(search.get("period"));
  const stats = useStats(typebotId, timeFilter);
  const choose = (next: TimeFilter) =>
    setSearch(
      (current) => {
        current.set("period", next);
        return current;
      },
      { replace: true },
    );
  return (
    <section className="analytics" aria-labelledby="analytics-title">
      <header className="analytics-header">
        <h2 id="analytics-title">{t("title")}</h2>
        <PeriodSelect value={timeFilter} onChange={choose} />
      </header>
      {stats.isError && <p role="alert">{stats.error.message}</p>}
      <Totals stats={stats.data?.stats} />
      <Chart typebotId={typebotId} timeFilter={timeFilter} />
      <DropOffTable typebotId={typebotId} timeFilter={timeFilter}>
        <Link className="button" to={`/typebots/${typebotId}/edit?dropOff=${timeFilter}`}>
          {t("dropOff.showOnCanvas")}
        </Link>
      </DropOffTable>
    </section>
  );
}
