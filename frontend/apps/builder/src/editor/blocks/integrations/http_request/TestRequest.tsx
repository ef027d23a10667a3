import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { api, unwrap } from "../../../../api";
import { useTranslation } from "../../../../i18n";
import { saveDocument } from "../../../autosave";
import { createId } from "../../../document";
import { useEditor } from "../../../store";
import type { BlockProps } from "../../types";
import { bodyPaths } from "./bodyPaths";

const QUIET_MS = 700;

/** Resolves once the document has not changed for a moment (autosave has had its turn). */
function useQuietDocument() {
  const lastChange = useRef(0);
  const revision = useEditor((state) => state.revision);
  useEffect(() => {
    lastChange.current = revision ? Date.now() : 0;
  }, [revision]);
  return async () => {
    for (;;) {
      const wait = lastChange.current + QUIET_MS - Date.now();
      if (wait <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
}

/** Saves the draft (the test runs the saved block), then sends the block's request from the server. */
export function TestRequest({ block, onPaths }: BlockProps & { onPaths: (paths: string[]) => void }) {
  const { t } = useTranslation("blocks");
  const quiet = useQuietDocument();
  const updateBlock = useEditor((state) => state.updateBlock);
  const test = useMutation({
    mutationFn: async () => {
      await quiet();
      const { doc, setSavedVersion } = useEditor.getState();
      if (!doc) throw new Error(t("httpRequest.notLoaded"));
      const saved = await unwrap(saveDocument(doc));
      setSavedVersion(String(saved.typebot.updatedAt));
      return unwrap(
        api.POST("/api/v1/typebots/{typebotId}/webhookBlocks/{blockId}/testWebhook", {
          params: { path: { typebotId: doc.id, blockId: block.id } },
          body: {},
        }),
      );
    },
    onSuccess: (response) => onPaths(bodyPaths(response)),
  });
  const paths = test.data ? bodyPaths(test.data) : [];
  const addMapping = (bodyPath: string) =>
    updateBlock(block.id, (draft) => {
      const options = draft.options ?? {};
      draft.options = options;
      const mappings = Array.isArray(options.responseVariableMapping) ? options.responseVariableMapping : [];
      options.responseVariableMapping = [...mappings, { id: createId(), bodyPath }];
    });
  return (
    <section className="test-request" aria-label={t("httpRequest.testTheRequest")}>
      <button type="button" className="primary" onClick={() => test.mutate()} disabled={test.isPending}>
        {test.isPending ? t("httpRequest.testing") : t("httpRequest.testTheRequest")}
      </button>
      {test.isError && (
        <p role="alert" className="field-error">
          {test.error.message}
        </p>
      )}
      {test.data && (
        <>
          <p className="test-status">{t("httpRequest.status", { status: test.data.statusCode })}</p>
          <pre className="test-response">{JSON.stringify(test.data.data, null, 2)}</pre>
          {paths.length > 0 && (
            <ul className="test-paths" aria-label={t("httpRequest.responsePaths")}>
              {paths.map((path) => (
                <li key={path}>
                  <code>{path}</code>
                  <button
                    type="button"
                    onClick={() => addMapping(path)}
                    aria-label={t("httpRequest.savePath", { path })}
                  >
                    {t("httpRequest.saveInAVariable")}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
