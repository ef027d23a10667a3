/**
 * Downloads an export of the results: streamed with fetch, counted as it comes for the
 * progress, cancelled through an `AbortSignal`, then saved through a Blob link.
 */
import { ApiError, serverMessage } from "../api";
import { announcedTotal, attachmentName, type ExportFormat, recordCounter } from "./exportProgress";
import { type FilterParams, queryString } from "./filters";

export interface ExportProgress {
  done: number;
  total: number | null;
}

export interface ExportedFile {
  name: string;
  blob: Blob;
}

const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv;charset=utf-8",
  jsonl: "application/x-ndjson",
};

/** Streams the export of a bot's results matching `filters`; rejects with an `AbortError`
 * when `signal` aborts. */
export async function fetchExport(
  typebotId: string,
  format: ExportFormat,
  filters: FilterParams,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportedFile> {
  const query = queryString({
    ...filters,
    format,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const response = await fetch(`/api/v1/typebots/${encodeURIComponent(typebotId)}/results/export?${query}`, {
    credentials: "same-origin",
    signal,
  });
  if (!response.ok || !response.body) {
    const body = await response.json().catch(() => undefined);
    throw new ApiError(response.status, serverMessage(body) ?? `The server answered ${response.status}`);
  }
  const total = announcedTotal(response.headers);
  const counter = recordCounter(format);
  const decoder = new TextDecoder();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const reader = response.body.getReader();
  onProgress({ done: 0, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    onProgress({ done: counter.push(decoder.decode(value, { stream: true })), total });
  }
  return {
    name: attachmentName(response.headers, `results.${format}`),
    blob: new Blob(parts, { type: MEDIA_TYPES[format] }),
  };
}

/** Hands the file to the browser's downloads, as a click on a link would. */
export function saveFile(file: ExportedFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; a moment later the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
