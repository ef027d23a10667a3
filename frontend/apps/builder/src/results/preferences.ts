/**
 * The user's choices for a bot's results table, saved in the bot's `resultsTablePreferences`
 * (Typebot's format): the order of the columns by id, which are hidden, and their widths.
 * Ids that no longer name a column are kept (another Typebot table may use them) but ignored;
 * columns the saved order does not know come after it, in their natural order, as the CSV
 * export orders them.
 */
import { DATE_COLUMN, type ResultColumn } from "./columns";

export interface TablePreferences {
  columnsOrder: string[];
  columnsVisibility: Record<string, boolean>;
  columnsWidth: Record<string, number>;
}

export const NO_PREFERENCES: TablePreferences = { columnsOrder: [], columnsVisibility: {}, columnsWidth: {} };

function record<T>(raw: unknown, keep: (value: unknown) => value is T): Record<string, T> {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => keep(value))) as Record<string, T>;
}

/** The preferences of a bot document, whatever it holds (missing or malformed parts empty). */
export function readPreferences(raw: unknown): TablePreferences {
  if (!raw || typeof raw !== "object") return NO_PREFERENCES;
  const saved = raw as Record<string, unknown>;
  const order = Array.isArray(saved.columnsOrder)
    ? saved.columnsOrder.filter((id) => typeof id === "string")
    : [];
  return {
    columnsOrder: order,
    columnsVisibility: record(saved.columnsVisibility, (v): v is boolean => typeof v === "boolean"),
    columnsWidth: record(saved.columnsWidth, (v): v is number => typeof v === "number" && Number.isFinite(v)),
  };
}

/** The columns in the user's order: the saved order first, then the rest in natural order. */
export function orderedColumns(columns: readonly ResultColumn[], prefs: TablePreferences): ResultColumn[] {
  const rank = new Map(prefs.columnsOrder.map((id, i) => [id, i]));
  return columns
    .map((column, natural) => ({ column, natural }))
    .sort((a, b) => {
      const ra = rank.get(a.column.id) ?? Number.POSITIVE_INFINITY;
      const rb = rank.get(b.column.id) ?? Number.POSITIVE_INFINITY;
      return ra === rb ? a.natural - b.natural : ra - rb;
    })
    .map(({ column }) => column);
}

/** Whether the user left this column shown (every column is, until hidden). The date always
 * is: its cell holds the button that opens a result from the keyboard. */
export function isShown(prefs: TablePreferences, columnId: string): boolean {
  return columnId === DATE_COLUMN || prefs.columnsVisibility[columnId] !== false;
}

/** Whether the user may hide this column. */
export function canHide(columnId: string): boolean {
  return columnId !== DATE_COLUMN;
}

/** The preferences with this column shown or hidden. */
export function withShown(prefs: TablePreferences, columnId: string, shown: boolean): TablePreferences {
  return { ...prefs, columnsVisibility: { ...prefs.columnsVisibility, [columnId]: shown } };
}

/** The preferences with this column moved one place earlier (-1) or later (+1), if it can be.
 * The saved order then lists every column, so it stays as shown when the bot gains columns. */
export function withMoved(
  columns: readonly ResultColumn[],
  prefs: TablePreferences,
  columnId: string,
  offset: -1 | 1,
): TablePreferences {
  const ids = orderedColumns(columns, prefs).map((c) => c.id);
  const from = ids.indexOf(columnId);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= ids.length) return prefs;
  [ids[from], ids[to]] = [ids[to], ids[from]];
  const known = new Set(ids);
  // Ids of columns this bot no longer has stay at the end, harmless, for other readers.
  return { ...prefs, columnsOrder: [...ids, ...prefs.columnsOrder.filter((id) => !known.has(id))] };
}

/** The preferences with this column's width, in pixels. */
export function withWidth(prefs: TablePreferences, columnId: string, width: number): TablePreferences {
  return { ...prefs, columnsWidth: { ...prefs.columnsWidth, [columnId]: Math.round(width) } };
}
