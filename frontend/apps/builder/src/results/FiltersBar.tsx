/** The table's filters: completed or not, a range of days, text in the answers. */
import { Search } from "lucide-react";
import { useId } from "react";
import { useTranslation } from "../i18n";
import type { Completion, ResultFilters } from "./filters";

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
      <legend className="results-sr-only">{t("filters.label")}</legend>
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
      <label htmlFor={`${id}-completion`} className="results-sr-only">
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
      <label htmlFor={`${id}-from`}>{t("filters.from")}</label>
      <input
        id={`${id}-from`}
        type="date"
        value={filters.from}
        max={filters.to || undefined}
        onChange={(event) => set({ from: event.target.value })}
      />
      <label htmlFor={`${id}-to`}>{t("filters.to")}</label>
      <input
        id={`${id}-to`}
        type="date"
        value={filters.to}
        min={filters.from || undefined}
        onChange={(event) => set({ to: event.target.value })}
      />
    </fieldset>
  );
}
