/**
 * Autosave: a change reaches the server within a second, with the `updatedAt` the editor last
 * saw. If someone else saved since, the server refuses (409) and the editor shows the conflict
 * until the user chooses to reload theirs or overwrite it — never a silent overwrite.
 */
import { useEffect, useRef, useState } from "react";
import { api } from "../api";
import type { BotDocument } from "./document";
import { useEditor } from "./store";

const DELAY_MS = 500;

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

/** Saves the editor's document after each change; returns the status and how to resolve a conflict. */
export function useAutosave() {
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [message, setMessage] = useState<string>("");
  const saving = useRef(false);
  const savedRevision = useRef(0);

  const save = async (overwrite = false) => {
    const { doc, revision, setSavedVersion } = useEditor.getState();
    if (!doc || saving.current) return;
    saving.current = true;
    setStatus("saving");
    try {
      const { data, error, response } = await saveDocument(doc, overwrite);
      if (response.status === 409 && !overwrite) {
        setStatus("conflict");
        setMessage((error as { detail?: string } | undefined)?.detail ?? "Someone else saved this bot");
        return;
      }
      if (!data) {
        setStatus("error");
        setMessage(
          (error as { detail?: string } | undefined)?.detail ?? `Saving failed (${response.status})`,
        );
        return;
      }
      savedRevision.current = revision;
      setSavedVersion(String(data.typebot.updatedAt));
      const changedMeanwhile = useEditor.getState().revision !== revision;
      setStatus(changedMeanwhile ? "pending" : "saved");
      // A change made while this save ran found it busy (and the status already "pending"): save it now.
      if (changedMeanwhile) window.setTimeout(() => void save(), DELAY_MS);
    } catch {
      setStatus("error");
      setMessage("The server cannot be reached; your changes are kept here and saved when it is back.");
    } finally {
      saving.current = false;
    }
  };

  const revision = useEditor((state) => state.revision);
  // biome-ignore lint/correctness/useExhaustiveDependencies: save reads the store when it runs
  useEffect(() => {
    if (revision === savedRevision.current || status === "conflict") return;
    setStatus("pending");
    const timer = window.setTimeout(() => void save(), DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [revision, status]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (useEditor.getState().revision !== savedRevision.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  return {
    status,
    message,
    overwrite: () => void save(true),
    markLoaded: () => {
      savedRevision.current = 0;
      setStatus("saved");
    },
  };
}
