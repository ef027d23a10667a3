/** The columns popover: a checkbox to show or hide each column, buttons to move it. */
import { ArrowDown, ArrowUp, Columns3 } from "lucide-react";
import { Popover } from "radix-ui";
import { useTranslation } from "../i18n";
import { ColumnIcon } from "./columnIcons";
import type { ResultColumn } from "./columns";
import { canHide, isShown, orderedColumns, type TablePreferences, withMoved, withShown } from "./preferences";
import { useColumnLabel } from "./useColumnLabel";

export function ColumnSettings({
  columns,
  prefs,
  onChange,
}: {
  columns: readonly ResultColumn[];
  prefs: TablePreferences;
  onChange: (next: TablePreferences) => void;
}) {
  const { t } = useTranslation("results");
  const labelOf = useColumnLabel();
  const ordered = orderedColumns(columns, prefs);
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <button type="button">
          <Columns3 size={16} aria-hidden /> {t("columns.button")}
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="results-popover"
          align="end"
          sideOffset={6}
          aria-label={t("columns.title")}
        >
          <h2>{t("columns.title")}</h2>
          <p className="results-hint">{t("columns.hint")}</p>
          <ol className="column-list">
            {ordered.map((column, index) => {
              const label = labelOf(column);
              return (
                <li key={column.id} className="column-row" data-column={column.id}>
                  <label className="column-toggle">
                    <input
                      type="checkbox"
                      aria-label={t("columns.show", { label })}
                      checked={isShown(prefs, column.id)}
                      disabled={!canHide(column.id)}
                      onChange={(event) => onChange(withShown(prefs, column.id, event.target.checked))}
                    />
                    <ColumnIcon column={column} />
                    <span>{label}</span>
                  </label>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t("columns.moveUp", { label })}
                    disabled={index === 0}
                    onClick={() => onChange(withMoved(columns, prefs, column.id, -1))}
                  >
                    <ArrowUp size={14} aria-hidden />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t("columns.moveDown", { label })}
                    disabled={index === ordered.length - 1}
                    onClick={() => onChange(withMoved(columns, prefs, column.id, 1))}
                  >
                    <ArrowDown size={14} aria-hidden />
                  </button>
                </li>
              );
            })}
          </ol>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
