import { useCallback } from "react";
import { useTranslation } from "../i18n";
import type { ResultColumn } from "./columns";

/** A column's label as people read it (the date and deleted columns are worded here). */
export function useColumnLabel(): (column: ResultColumn) => string {
  const { t } = useTranslation("results");
  return useCallback(
    (column: ResultColumn) => {
      if (column.kind === "date") return t("table.submittedAt");
      if (column.kind === "deleted") return t("table.deletedBlock", { id: column.label });
      return column.label;
    },
    [t],
  );
}

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** A result's date, as the table shows it. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_FORMAT.format(date);
}
