/** The table's filters: completed or not, a range of days, text in the answers. */
import { Search } from "lucide-react";
import { Fragment, useId } from "react";
import { useTranslation } from "../i18n";
import type { Completion, ResultFilters } from "./filters";

/** The two ends of the range of days; each bounds the other's choice. */
const DAY_BOUNDS = [
  { key: "from", other: "to", limit: "max" },
  { key: "to", other: "from", limit: "min" },
] as const;

export function FiltersBar({
  filters,
  onChange,
}: {
  filters: ResultFilters;
  onChange: (next: ResultFilters) => void;
}) {
  const { t } = useTranslation("results");
  const id = useId();
  const set = (patch: Partial<ResultFilters>) => onChange({ ...filters, ...patch });
  return (
    <fieldset className="results-filters">
      <legend className="visually-hidden">{t("filters.label")}</legend>
      <div className="results-search">
        <Search size={16} aria-hidden />
        <input
          type="search"
          aria-label={t("filters.search")}
          placeholder={t("filters.searchPlaceholder")}
          value={filters.text}
          onChange={(event) => set({ text: event.target.value })}
        />
      </div>
      <label htmlFor={`${id}-completion`} className="visually-hidden">
        {t("filters.completion")}
      </label>
      <select
        id={`${id}-completion`}
        value={filters.completion}
        onChange={(event) => set({ completion: event.target.value as Completion })}
      >
        <option value="all">{t("filters.all")}</option>
        <option value="completed">{t("filters.completed")}</option>
        <option value="unfinished">{t("filters.unfinished")}</option>
      </select>
      {DAY_BOUNDS.map(({ key, other, limit }) => (
        <Fragment key={key}>
          <label htmlFor={`${id}-${key}`}>{t(`filters.${key}`)}</label>
          <input
            id={`${id}-${key}`}
            type="date"
            value={filters[key]}
            {...{ [limit]: filters[other] || undefined }}
            onChange={(event) => set({ [key]: event.target.value })}
          />
        </Fragment>
      ))}
    </fieldset>
  );
}
