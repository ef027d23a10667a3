/** Export the results (as filtered) as CSV or JSON Lines: the menu, the run, and its status
 * (a progress bar and a Cancel while it runs). */
import { Download } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../i18n";
import { type ExportFormat, progressShare } from "./exportProgress";
import { type ExportProgress, fetchExport, saveFile } from "./exportResults";
import type { FilterParams } from "./filters";

type ExportState =
  | { status: "idle" }
  | { status: "running"; progress: ExportProgress }
  | { status: "done"; count: number; name: string }
  | { status: "cancelled" }
  | { status: "failed"; message: string };

const NUMBER = new Intl.NumberFormat();

export function ExportStatus({ state, onCancel }: { state: ExportState; onCancel: () => void }) {
  const { t } = useTranslation("results");
  const { t: common } = useTranslation();
  if (state.status === "idle") return null;
  if (state.status !== "running") {
    const text =
      state.status === "done"
        ? t("export.done", { count: state.count, name: state.name })
        : state.status === "cancelled"
          ? t("export.cancelled")
          : t("export.failed", { message: state.message });
    return (
      <p className="results-export-status" role={state.status === "failed" ? "alert" : "status"}>
        {text}
      </p>
    );
  }
  const { done, total } = state.progress;
  const share = progressShare(done, total);
  return (
    <div className="results-export-status" data-running>
      <progress aria-label={t("export.progressLabel")} max={1} value={share ?? undefined} />
      <span role="status">
        {total === null
          ? t("export.runningUnknown", { done: NUMBER.format(done) })
          : t("export.running", { done: NUMBER.format(done), total: NUMBER.format(total) })}
      </span>
      <button type="button" onClick={onCancel}>
        {common("cancel")}
      </button>
    </div>
  );
}

/** Runs exports one at a time: `start` one, `cancel` it, and its `state` for the status. */
export function useExport(typebotId: string, filters: FilterParams) {
  const [state, setState] = useState<ExportState>({ status: "idle" });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const start = async (format: ExportFormat) => {
    const controller = new AbortController();
    running.current = controller;
    let count = 0;
    setState({ status: "running", progress: { done: 0, total: null } });
    try {
      const file = await fetchExport(typebotId, format, filters, controller.signal, (progress) => {
        count = progress.done;
        setState({ status: "running", progress });
      });
      saveFile(file);
      setState({ status: "done", count, name: file.name });
    } catch (error) {
      if (controller.signal.aborted) setState({ status: "cancelled" });
      else setState({ status: "failed", message: error instanceof Error ? error.message : String(error) });
    } finally {
      running.current = null;
    }
  };
  return { state, start, cancel: () => running.current?.abort() };
}

export function ExportMenu({ busy, onStart }: { busy: boolean; onStart: (format: ExportFormat) => void }) {
  const { t } = useTranslation("results");
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <button type="button" disabled={busy}>
          <Download size={16} aria-hidden /> {t("export.button")}
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
          <DropdownMenu.Label className="results-menu-label">{t("export.withFilters")}</DropdownMenu.Label>
          <DropdownMenu.Item className="menu-item" onSelect={() => onStart("csv")}>
            {t("export.csv")}
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={() => onStart("jsonl")}>
            {t("export.jsonl")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
