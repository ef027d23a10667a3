/**
 * Counting the records of an export as its text streams in, for the progress bar: JSON Lines
 * end each record with a line feed; CSV records too, except line feeds inside quoted cells
 * (a quote inside a quoted cell is written twice, so the quoting simply toggles), and its first
 * line is the header.
 */
export type ExportFormat = "csv" | "jsonl";

export interface RecordCounter {
  /** Reads the next piece of text; returns the records seen so far. */
  push(text: string): number;
}

export function recordCounter(format: ExportFormat): RecordCounter {
  let lines = 0;
  let quoted = false;
  const header = format === "csv" ? 1 : 0;
  return {
    push(text: string) {
      for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (format === "csv" && char === '"') quoted = !quoted;
        else if (char === "\n" && !quoted) lines++;
      }
      return Math.max(0, lines - header);
    },
  };
}

/** The share done, from 0 to 1, when `total` was announced (results written since the count
 * can make an export a little longer than announced). */
export function progressShare(done: number, total: number | null): number | null {
  if (total === null) return null;
  if (total === 0) return 1;
  return Math.min(1, done / total);
}

/** The announced total of an export's response, if it carries one. */
export function announcedTotal(headers: Headers): number | null {
  const raw = headers.get("X-Total-Count");
  const total = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(total) && total >= 0 ? total : null;
}

/** The file name the server gave in `Content-Disposition`, else `fallback`. */
export function attachmentName(headers: Headers, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(headers.get("Content-Disposition") ?? "");
  return match ? match[1] : fallback;
}
