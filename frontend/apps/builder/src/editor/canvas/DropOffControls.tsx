/** The canvas's "Show drop-off" switch and, when on, the period and how the counts read. */
import { Panel } from "@xyflow/react";
import { ChartNoAxesColumnDecreasing } from "lucide-react";
import { useEffect } from "react";
import { useSearchParams } from "react-router";
import { PeriodSelect } from "../../analytics/PeriodSelect";
import { useInDepthData } from "../../analytics/queries";
import { parseTimeFilter } from "../../analytics/stats";
import { useTranslation } from "../../i18n";
import { useEditor } from "../store";
import { showDropOffs, useDropOff } from "./dropOffState";
import "./dropOff.css";

export function DropOffControls() {
  const { t } = useTranslation("analytics");
  const typebotId = useEditor((state) => state.doc?.id ?? "");
  const { shown, timeFilter } = useDropOff();
  const [search] = useSearchParams();
  const asked = search.get("dropOff");
  const depth = useInDepthData(typebotId, timeFilter, shown && typebotId !== "");

  // The analytics screen links here with `?dropOff=<period>`: open with the overlay on.
  useEffect(() => {
    if (asked) useDropOff.setState({ shown: true, timeFilter: parseTimeFilter(asked) });
  }, [asked]);

  useEffect(() => {
    showDropOffs(shown ? (depth.data?.dropOffs ?? []) : []);
  }, [shown, depth.data]);

  return (
    <Panel position="top-center" className="drop-off-controls">
      <button
        type="button"
        aria-pressed={shown}
        className={shown ? "primary" : undefined}
        onClick={() => useDropOff.setState({ shown: !shown })}
      >
        <ChartNoAxesColumnDecreasing size={16} aria-hidden />
        {t("overlay.show")}
      </button>
      {shown && (
        <>
          <PeriodSelect
            value={timeFilter}
            label={t("overlay.period")}
            onChange={(next) => useDropOff.setState({ timeFilter: next })}
          />
          <span className="drop-off-status" role="status">
            {depth.isFetching
              ? t("overlay.loading")
              : depth.isError
                ? t("overlay.failed", { message: depth.error.message })
                : t("overlay.legend")}
          </span>
        </>
      )}
    </Panel>
  );
}
