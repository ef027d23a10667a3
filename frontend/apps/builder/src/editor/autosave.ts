/**
 * Autosave: a change reaches the server within a second, with the `updatedAt` the editor last
 * saw. If someone else saved since, the server refuses (409) and the editor shows the conflict
 * until the user chooses to reload theirs or overwrite it — never a silent overwrite. A save
 * the network (or a failing server) stopped is tried again, waiting longer each time.
 */
import { useEffect, useRef, useState } from "react";
import { api, serverMessage, unwrap } from "../api";
import { i18n } from "../i18n";
import { type BotDocument, normalizeDocument } from "./document";
import { useEditor } from "./store";

/** How long after a change its save starts; later changes join it rather than delay it. */
const DELAY_MS = 500;
/** Retries after a failed save wait this long, doubled each time up to `MAX_RETRY_MS`. */
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

export type SaveStatus = "saved" | "pending" | "saving" | "conflict" | "error";

/** The parts of the document a save sends (the server owns the rest). */
function savedFields(doc: BotDocument): Record<string, unknown> {
  const { groups, edges, events, variables, name, theme, settings, updatedAt } = doc;
  return { groups, edges, events, variables, name, theme, settings, updatedAt };
}

export async function saveDocument(doc: BotDocument, overwrite = false) {
  return api.PATCH("/api/v1/typebots/{typebotId}", {
    params: { path: { typebotId: doc.id } },
    body: { typebot: savedFields(doc), overwrite },
  });
}

/** The wait before the `attempt`-th retry (0-based): 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
}

/** Saves now whatever the editor has not saved yet; set while an editor is mounted. */
let flushPending: () => Promise<void> = async () => {};

/** Saves the editor's unsaved changes now (the preview runs the saved draft). */
export function saveNow(): Promise<void> {
  return flushPending();
}

/** Saves the editor's document after each change; returns the status and how to resolve a conflict. */
export function useAutosave() {
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [message, setMessage] = useState<string>("");
  const [retryIn, setRetryIn] = useState<number | null>(null);
  // The draft as the server last stored it: what "published or not" compares.
  const [serverDoc, setServerDoc] = useState<BotDocument | null>(() => useEditor.getState().doc);
  const inFlight = useRef<Promise<void> | null>(null);
  const savedRevision = useRef(0);
  const attempts = useRef(0);
  // A revision the server refused as it is: saved again only once it changes.
  const refusedRevision = useRef<number | null>(null);

  const failed = (text: string) => {
    setStatus("error");
    setMessage(text);
    setRetryIn(retryDelay(attempts.current));
    attempts.current += 1;
  };

  const send = async (overwrite: boolean) => {
    const { doc, revision, setSavedVersion } = useEditor.getState();
    if (!doc) return;
    setStatus("saving");
    setRetryIn(null);
    try {
      const { data, error, response } = await saveDocument(doc, overwrite);
      if (response.status === 409 && !overwrite) {
        setStatus("conflict");
        return;
      }
      if (!data) {
        // A refused body will be refused again: only a failing server is worth retrying.
        if (response.status >= 500)
          failed(i18n.t("editor:autosave.failedRetrying", { status: response.status }));
        else {
          refusedRevision.current = revision;
          setStatus("error");
          setMessage(serverMessage(error) ?? i18n.t("editor:autosave.failed", { status: response.status }));
        }
        return;
      }
      attempts.current = 0;
      savedRevision.current = revision;
      setSavedVersion(String(data.typebot.updatedAt));
      setServerDoc(normalizeDocument(data.typebot));
      setStatus(useEditor.getState().revision === revision ? "saved" : "pending");
    } catch {
      failed(i18n.t("editor:autosave.unreachable"));
    }
  };

  const save = (overwrite = false): Promise<void> => {
    if (!inFlight.current) {
      inFlight.current = send(overwrite).finally(() => {
        inFlight.current = null;
      });
    }
    return inFlight.current;
  };

  const revision = useEditor((state) => state.revision);
  const timer = useRef<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: save reads the store when it runs
  useEffect(() => {
    const waiting = status === "conflict" || status === "saving" || retryIn !== null;
    const unsaved = revision !== savedRevision.current && revision !== refusedRevision.current;
    if (!unsaved || waiting || timer.current !== null) return;
    setStatus("pending");
    // Not reset by later changes: typing without pause still saves within a second.
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void save();
    }, DELAY_MS);
  }, [revision, status, retryIn]);
  useEffect(() => () => window.clearTimeout(timer.current ?? undefined), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: save reads the store when it runs
  useEffect(() => {
    if (retryIn === null) return;
    const timer = window.setTimeout(() => void save(), retryIn);
    return () => window.clearTimeout(timer);
  }, [retryIn]);

  useEffect(() => {
    flushPending = async () => {
      await inFlight.current;
      if (useEditor.getState().revision !== savedRevision.current) await save();
    };
    const warn = (event: BeforeUnloadEvent) => {
      if (useEditor.getState().revision !== savedRevision.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      flushPending = async () => {};
      window.removeEventListener("beforeunload", warn);
    };
  });

  /** After the editor was given a document the server already has (a reload, an import). */
  const markLoaded = (doc: BotDocument) => {
    useEditor.getState().load(doc);
    savedRevision.current = 0;
    attempts.current = 0;
    setServerDoc(doc);
    setRetryIn(null);
    setStatus("saved");
  };

  return {
    status,
    message,
    serverDoc,
    overwrite: () => void save(true),
    /** Drops the editor's changes for the server's draft. */
    reloadTheirs: async () => {
      const { doc } = useEditor.getState();
      if (!doc) return;
      const { typebot } = await unwrap(
        api.GET("/api/v1/typebots/{typebotId}", { params: { path: { typebotId: doc.id } } }),
      );
      markLoaded(normalizeDocument(typebot));
    },
    markLoaded,
  };
}
