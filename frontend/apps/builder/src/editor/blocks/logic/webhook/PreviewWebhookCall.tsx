import { useId, useMemo, useState } from "react";
import { useTranslation } from "../../../../i18n";
import type { Block } from "../../../document";
import { useEditor } from "../../../store";
import { TestCallForm } from "./TestWebhookCall";

/**
 * In the preview pane, under the chat: a test call of one of the bot's webhook blocks, so that a
 * preview waiting on one is seen going on (the block's settings and the preview are not shown
 * together). Nothing for a bot without webhook blocks.
 */
export function PreviewWebhookCall() {
  const { t } = useTranslation("blocks");
  const id = useId();
  const groups = useEditor((state) => state.doc?.groups);
  const webhooks = useMemo(
    () =>
      (groups ?? []).flatMap((group) =>
        group.blocks
          .filter((block) => block.type === "webhook")
          .map((block) => ({ block, group: group.title || t("untitledGroup", { ns: "preview" }) })),
      ),
    [groups, t],
  );
  const [chosen, setChosen] = useState<string>();
  if (webhooks.length === 0) return null;
  const current: Block = (webhooks.find((entry) => entry.block.id === chosen) ?? webhooks[0]).block;
  return (
    <details className="preview-webhook">
      <summary>{t("webhook.testTheWebhook")}</summary>
      {webhooks.length > 1 && (
        <div className="field">
          <label htmlFor={id}>{t("webhook.block")}</label>
          <select id={id} value={current.id} onChange={(event) => setChosen(event.target.value)}>
            {webhooks.map((entry, index) => (
              <option key={entry.block.id} value={entry.block.id}>
                {t("webhook.blockInGroup", { group: entry.group, number: index + 1 })}
              </option>
            ))}
          </select>
        </div>
      )}
      <TestCallForm key={current.id} block={current} />
    </details>
  );
}
