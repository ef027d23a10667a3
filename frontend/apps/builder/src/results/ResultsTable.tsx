/**
 * The submissions table: one row per loaded result, the user's columns in the user's order.
 * Only the rows in view are in the page (the others are spacer height), and reaching the last
 * loaded rows asks for the next page.
 */
import {
  type ColumnDef,
  columnOrderingFeature,
  columnVisibilityFeature,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, type PointerEvent, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "../i18n";
import { ColumnIcon } from "./columnIcons";
import { cellText, type ResultColumn, type ResultRow } from "./columns";
import { isShown, orderedColumns, type TablePreferences } from "./preferences";
import { formatDate, useColumnLabel } from "./useColumnLabel";

const features = tableFeatures({ columnOrderingFeature, columnVisibilityFeature });

const ROW_HEIGHT = 40;
const SELECT_WIDTH = 44;
const DEFAULT_WIDTH = 200;
const DATE_WIDTH = 190;
const MIN_WIDTH = 80;
/** Pixels an arrow key widens or narrows a column by. */
const KEY_STEP = 16;
/** Rows from the end of the loaded ones at which the next page is asked for. */
const PREFETCH_ROWS = 10;

export interface Selection {
  selected: ReadonlySet<string>;
  toggle: (resultId: string) => void;
  toggleAll: () => void;
}

interface Props {
  label: string;
  columns: readonly ResultColumn[];
  prefs: TablePreferences;
  rows: readonly ResultRow[];
  selection: Selection;
  onOpen: (resultId: string) => void;
  loadMore: () => void;
  canLoadMore: boolean;
  onResize: (columnId: string, width: number) => void;
}

interface Resizing {
  columnId: string;
  width: number;
}

function width(column: ResultColumn, prefs: TablePreferences): number {
  return prefs.columnsWidth[column.id] ?? (column.kind === "date" ? DATE_WIDTH : DEFAULT_WIDTH);
}

/** The edge of a header cell: dragged, or moved with the arrow keys, it sets the width. */
function ResizeHandle({
  label,
  width: current,
  onMove,
  onDone,
}: {
  label: string;
  width: number;
  onMove: (width: number) => void;
  onDone: (width: number) => void;
}) {
  const { t } = useTranslation("results");
  const clamp = (value: number) => Math.max(MIN_WIDTH, Math.round(value));
  const start = (event: PointerEvent<HTMLDivElement>) => {
    const handle = event.currentTarget;
    const origin = event.clientX;
    let width = current;
    handle.setPointerCapture(event.pointerId);
    const move = (moved: globalThis.PointerEvent) => {
      width = clamp(current + moved.clientX - origin);
      onMove(width);
    };
    const end = () => {
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", end);
      handle.removeEventListener("pointercancel", end);
      onDone(width);
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", end);
    handle.addEventListener("pointercancel", end);
  };
  const key = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === "ArrowRight" ? KEY_STEP : event.key === "ArrowLeft" ? -KEY_STEP : 0;
    if (step === 0) return;
    event.preventDefault();
    onDone(clamp(current + step));
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable separator is the ARIA pattern for a splitter
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t("table.resize", { label })}
      aria-valuenow={current}
      aria-valuemin={MIN_WIDTH}
      tabIndex={0}
      className="results-resize"
      onPointerDown={start}
      onKeyDown={key}
      onClick={(event) => event.stopPropagation()}
    />
  );
}

function SelectAll({ rows, selection }: { rows: readonly ResultRow[]; selection: Selection }) {
  const { t } = useTranslation("results");
  const box = useRef<HTMLInputElement>(null);
  const count = rows.filter((row) => selection.selected.has(row.id)).length;
  useEffect(() => {
    if (box.current) box.current.indeterminate = count > 0 && count < rows.length;
  }, [count, rows.length]);
  return (
    <input
      ref={box}
      type="checkbox"
      aria-label={t("table.selectAll")}
      checked={rows.length > 0 && count === rows.length}
      onChange={selection.toggleAll}
    />
  );
}

function useColumnDefs(columns: readonly ResultColumn[], selection: Selection, onOpen: (id: string) => void) {
  const { t } = useTranslation("results");
  const labelOf = useColumnLabel();
  return useMemo<ColumnDef<typeof features, ResultRow>[]>(
    () => [
      {
        id: "select",
        header: () => null,
        cell: ({ row }) => {
          const date = formatDate(row.original.createdAt);
          return (
            <input
              type="checkbox"
              aria-label={t("table.selectRow", { date })}
              checked={selection.selected.has(row.original.id)}
              onChange={() => selection.toggle(row.original.id)}
              onClick={(event) => event.stopPropagation()}
            />
          );
        },
      },
      ...columns.map(
        (column): ColumnDef<typeof features, ResultRow> => ({
          id: column.id,
          header: () => (
            <span className="results-header-label">
              <ColumnIcon column={column} />
              {labelOf(column)}
            </span>
          ),
          accessorFn: (row) => cellText(row, column),
          cell: ({ row }) => {
            if (column.kind !== "date") return cellText(row.original, column);
            const date = formatDate(row.original.createdAt);
            return (
              <button
                type="button"
                className="results-open"
                aria-label={t("table.open", { date })}
                onClick={(event) => {
                  event.stopPropagation();
                  onOpen(row.original.id);
                }}
              >
                {date}
              </button>
            );
          },
        }),
      ),
    ],
    [columns, selection, onOpen, labelOf, t],
  );
}

export function ResultsTable({
  label,
  columns,
  prefs,
  rows,
  selection,
  onOpen,
  loadMore,
  canLoadMore,
  onResize,
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const labelOf = useColumnLabel();
  const [resizing, setResizing] = useState<Resizing | null>(null);
  const widthOf = (column: ResultColumn) =>
    resizing?.columnId === column.id ? resizing.width : width(column, prefs);
  const columnDefs = useColumnDefs(columns, selection, onOpen);
  const ordered = useMemo(() => orderedColumns(columns, prefs), [columns, prefs]);
  const shown = ordered.filter((column) => isShown(prefs, column.id));
  const table = useTable({
    features,
    data: rows,
    columns: columnDefs,
    getRowId: (row: ResultRow) => row.id,
    state: {
      columnOrder: ["select", ...ordered.map((c) => c.id)],
      columnVisibility: Object.fromEntries(columns.map((c) => [c.id, isShown(prefs, c.id)])),
    },
  });
  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (canLoadMore && lastIndex >= tableRows.length - PREFETCH_ROWS) loadMore();
  }, [canLoadMore, lastIndex, tableRows.length, loadMore]);

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const totalWidth = SELECT_WIDTH + shown.reduce((sum, column) => sum + widthOf(column), 0);
  const byId = new Map(columns.map((column) => [column.id, column]));
  const span = shown.length + 1;
  return (
    <div ref={scroller} className="results-scroll">
      <table
        className="results-table"
        aria-label={label}
        aria-rowcount={tableRows.length + 1}
        style={{ width: totalWidth }}
      >
        <colgroup>
          <col style={{ width: SELECT_WIDTH }} />
          {shown.map((column) => (
            <col key={column.id} style={{ width: widthOf(column) }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {table.getHeaderGroups()[0]?.headers.map((header) => {
              const column = byId.get(header.column.id);
              return (
                <th key={header.id} scope="col" data-column={header.column.id}>
                  {column ? (
                    <>
                      <table.FlexRender header={header} />
                      <ResizeHandle
                        label={labelOf(column)}
                        width={widthOf(column)}
                        onMove={(moved) => setResizing({ columnId: column.id, width: moved })}
                        onDone={(done) => {
                          setResizing(null);
                          onResize(column.id, done);
                        }}
                      />
                    </>
                  ) : (
                    <SelectAll rows={rows} selection={selection} />
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden className="results-spacer">
              <td colSpan={span} style={{ height: top }} />
            </tr>
          )}
          {items.map((item) => {
            const row = tableRows[item.index];
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={selection.selected.has(row.id)}
                data-result-id={row.id}
                onClick={() => onOpen(row.id)}
                style={{ height: ROW_HEIGHT }}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden className="results-spacer">
              <td colSpan={span} style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
