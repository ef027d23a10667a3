import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { api, unwrap } from "../../../../api";
import { useTranslation } from "../../../../i18n";
import { CodeInput, useBlockField } from "../../../settings/fields";
import { useEditor } from "../../../store";
import type { BlockProps } from "../../types";
import { exampleBody, parseTestBody } from "./webhookCall";

/** A body the block's mapping reads something from (for the example call and the test call). */
export function useExampleBody(block: BlockProps["block"]): string {
  const [mappings] = useBlockField<{ bodyPath?: unknown }[]>(block, ["options", "responseVariableMapping"]);
  return exampleBody(Array.isArray(mappings) ? mappings.map((mapping) => mapping?.bodyPath) : []);
}

/**
 * A JSON body and the button that sends it to the block's test webhook: the signed-in person's
 * preview chats waiting on the block go on, as an outside call makes a visitor's chat go on.
 */
export function TestCallForm({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const id = useId();
  const typebotId = useEditor((state) => state.doc?.id);
  const initialBody = useExampleBody(block);
  const [body, setBody] = useState(initialBody);
  const [problem, setProblem] = useState<string | null>(null);
  const call = useMutation({
    mutationFn: (data: unknown) =>
      unwrap(
        api.POST("/api/v1/typebots/{typebotId}/blocks/{blockId}/web/executeTestWebhook", {
          params: { path: { typebotId: typebotId ?? "", blockId: block.id } },
          body: data,
        }),
      ),
  });
  const send = () => {
    let data: unknown;
    try {
      data = parseTestBody(body);
    } catch (error) {
      setProblem(t("webhook.notJson", { reason: (error as Error).message }));
      return;
    }
    setProblem(null);
    call.mutate(data);
  };
  const answer =
    call.data &&
    (call.data.resumed === 0
      ? t("webhook.noPreviewWaiting")
      : t("webhook.previewsResumed", { count: call.data.resumed }));
  return (
    <div className="test-call-form">
      <span className="field-label" id={`${id}-body`}>
        {t("webhook.testBody")}
      </span>
      <CodeInput value={body} onChange={setBody} labelledBy={`${id}-body`} />
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <button
        type="button"
        className="primary test-send"
        onClick={send}
        disabled={call.isPending || !typebotId}
      >
        {call.isPending ? t("webhook.sending") : t("webhook.sendATestCall")}
      </button>
      <div aria-live="polite">{answer && <p className="test-answer">{answer}</p>}</div>
      {call.isError && (
        <p role="alert" className="field-error">
          {call.error.message}
        </p>
      )}
    </div>
  );
}

/** The webhook block's test call, in its settings. */
export function TestWebhookCall({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const id = useId();
  return (
    <section className="test-request" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="test-title">
        {t("webhook.testCall")}
      </h3>
      <p className="settings-note">{t("webhook.testCallHelp")}</p>
      <TestCallForm block={block} />
    </section>
  );
}
