/** `/typebots/:typebotId/results`: the bot's submissions, filtered, selectable, exportable. */
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "../i18n";
import { ColumnSettings } from "./ColumnSettings";
import { answeredBlocks, resultColumns } from "./columns";
import { DeleteSelected } from "./DeleteSelected";
import { ExportMenu, ExportStatus, useExport } from "./ExportResults";
import { FiltersBar } from "./FiltersBar";
import { filterParams, NO_FILTERS, type ResultFilters } from "./filters";
import type { LoadedBot } from "./loadedBot";
import { withWidth } from "./preferences";
import { ResultDrawer } from "./ResultDrawer";
import { ResultsTable, type Selection } from "./ResultsTable";
import { useDebounced } from "./useDebounced";
import { usePreferences } from "./usePreferences";
import { useResultPages } from "./useResults";

const SEARCH_DELAY_MS = 300;

function useSelection(loadedIds: readonly string[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selection = useMemo<Selection>(
    () => ({
      selected,
      toggle: (id) =>
        setSelected((current) => {
          const next = new Set(current);
          if (!next.delete(id)) next.add(id);
          return next;
        }),
      toggleAll: () =>
        setSelected((current) =>
          loadedIds.length > 0 && loadedIds.every((id) => current.has(id)) ? new Set() : new Set(loadedIds),
        ),
    }),
    [selected, loadedIds],
  );
  return { selection, clear: () => setSelected(new Set()) };
}

export function SubmissionsPage({ typebotId, bot }: { typebotId: string; bot: LoadedBot }) {
  const { t } = useTranslation("results");
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<ResultFilters>(NO_FILTERS);
  const settled = useDebounced(filters.text, SEARCH_DELAY_MS);
  const params = useMemo(() => filterParams({ ...filters, text: settled }), [filters, settled]);
  const pages = useResultPages(typebotId, params);
  const exporting = useExport(typebotId, params);
  const rows = useMemo(() => pages.data?.pages.flatMap((page) => page.results) ?? [], [pages.data]);
  const loadedIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const { selection, clear } = useSelection(loadedIds);
  const { prefs, change, saveError } = usePreferences(typebotId, bot);
  const answered = useMemo(() => answeredBlocks(rows), [rows]);
  const columns = useMemo(() => resultColumns(bot.doc, answered), [bot.doc, answered]);
  const [openId, setOpenId] = useState<string | null>(null);
  const open = rows.find((row) => row.id === openId) ?? null;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const changeFilters = (next: ResultFilters) => {
    setFilters(next);
    clear();
  };
  const selectedIds = [...selection.selected];
  const filtered = params.completed !== undefined || params.from || params.to || params.q;

  return (
    <main className="results-page">
      <div className="results-toolbar">
        <FiltersBar filters={filters} onChange={changeFilters} />
        <div className="toolbar">
          <ColumnSettings columns={columns} prefs={prefs} onChange={change} />
          <ExportMenu
            busy={exporting.state.status === "running"}
            onStart={(format) => void exporting.start(format)}
          />
        </div>
      </div>
      <ExportStatus state={exporting.state} onCancel={exporting.cancel} />
      {saveError && <p role="alert">{t("columns.notSaved", { message: saveError })}</p>}
      {selectedIds.length > 0 && (
        <section
          className="results-selection"
          aria-label={t("selection.count", { count: selectedIds.length })}
        >
          <span>{t("selection.count", { count: selectedIds.length })}</span>
          {!bot.readOnly && (
            <DeleteSelected
              typebotId={typebotId}
              resultIds={selectedIds}
              onDeleted={() => {
                clear();
                void queryClient.invalidateQueries({ queryKey: ["results", typebotId] });
              }}
            />
          )}
          <button type="button" className="link-button" onClick={clear}>
            {t("selection.clear")}
          </button>
        </section>
      )}
      {pages.isError ? (
        <p role="alert">{pages.error.message}</p>
      ) : (
        <ResultsTable
          // A new filter starts a new list, from its top.
          key={JSON.stringify(params)}
          label={t("table.label", { name: bot.doc.name })}
          columns={columns}
          prefs={prefs}
          rows={rows}
          selection={selection}
          onOpen={setOpenId}
          loadMore={loadMore}
          canLoadMore={Boolean(hasNextPage) && !isFetchingNextPage}
          onResize={(columnId, width) => change(withWidth(prefs, columnId, width))}
        />
      )}
      <p className="results-footer" role="status">
        {pages.isPending
          ? null
          : rows.length === 0
            ? filtered
              ? t("table.emptyFiltered")
              : t("table.empty")
            : isFetchingNextPage
              ? t("table.loadingMore")
              : `${t("table.loaded", { count: rows.length })}${hasNextPage ? "" : ` · ${t("table.allLoaded")}`}`}
      </p>
      <ResultDrawer typebotId={typebotId} result={open} columns={columns} onClose={() => setOpenId(null)} />
    </main>
  );
}
