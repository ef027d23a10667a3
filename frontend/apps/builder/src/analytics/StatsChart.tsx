/** The chart of views, starts and completions, drawn by uPlot (its own chunk, loaded with the
 * analytics screen's chart). */
import { useEffect, useRef, useState } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { useTranslation } from "../i18n";
import { resolveColor, useColorScheme } from "../ui/appearance";
import { chartData, type Interval, periodLabel, type StatsPoint, userTimeZone } from "./stats";

const HEIGHT = 260;
/** Ticks fall on whole points (uPlot's own steps include fractions). */
const WHOLE_STEPS = [1, 2, 3, 4, 6, 12, 24, 48, 96, 192];

interface Props {
  points: readonly StatsPoint[];
  interval: Interval;
}

export default function StatsChart({ points, interval }: Props) {
  const { t, i18n } = useTranslation("analytics");
  const holder = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const scheme = useColorScheme();
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the colours follow `scheme`.
  useEffect(() => {
    const element = holder.current;
    if (!element || width === 0) return;
    const timeZone = userTimeZone();
    const labels = points.map((point) => periodLabel(point.start, interval, i18n.language, timeZone));
    const color = (token: string) => resolveColor(`var(${token})`, element);
    const line = (label: string, token: string, fill = false): uPlot.Series => ({
      label,
      stroke: color(token),
      width: 2,
      fill: fill ? color(`${token}-fill`) : undefined,
      points: { show: points.length <= 62, size: 5 },
    });
    const axis = {
      stroke: color("--muted"),
      grid: { stroke: color("--border"), width: 1 },
      ticks: { show: false },
    };
    const created = new uPlot(
      {
        width,
        height: HEIGHT,
        scales: { x: { time: false } },
        series: [
          { label: t("period.label"), value: (_, index) => (index == null ? "" : (labels[index] ?? "")) },
          line(t("totals.views"), "--chart-views", true),
          line(t("totals.starts"), "--chart-starts"),
          line(t("totals.completions"), "--chart-completions"),
        ],
        axes: [
          {
            ...axis,
            incrs: WHOLE_STEPS,
            space: 56,
            values: (_, splits) => splits.map((index) => labels[index] ?? ""),
          },
          { ...axis, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 100_000] },
        ],
        cursor: { points: { size: 7 } },
        legend: { live: true },
      },
      chartData(points),
      element,
    );
    plot.current = created;
    return () => {
      created.destroy();
      plot.current = null;
    };
    // A new width resizes the chart below rather than drawing it again.
  }, [points, interval, scheme, i18n.language, t, width === 0]);

  useEffect(() => {
    if (width > 0) plot.current?.setSize({ width, height: HEIGHT });
  }, [width]);

  return <div ref={holder} className="stats-chart" data-testid="stats-chart" />;
}
