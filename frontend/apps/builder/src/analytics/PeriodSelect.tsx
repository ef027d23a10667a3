import { useId } from "react";
import { useTranslation } from "../i18n";
import { parseTimeFilter, TIME_FILTERS, type TimeFilter } from "./stats";
import "./periodSelect.css";

/** A labelled select of the periods the analytics routes accept. */
export function PeriodSelect({
  value,
  onChange,
  label,
}: {
  value: TimeFilter;
  onChange: (value: TimeFilter) => void;
  label?: string;
}) {
  const { t } = useTranslation("analytics");
  const id = useId();
  return (
    <div className="period-select">
      <label htmlFor={id}>{label ?? t("period.label")}</label>
      <select id={id} value={value} onChange={(event) => onChange(parseTimeFilter(event.target.value))}>
        {TIME_FILTERS.map((filter) => (
          <option key={filter} value={filter}>
            {t(`period.${filter}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
