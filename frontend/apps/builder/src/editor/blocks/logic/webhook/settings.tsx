import { useId } from "react";
import { useTranslation } from "../../../../i18n";
import { CopyButton } from "../../../share/CopyButton";
import { useEditor } from "../../../store";
import { ResponseMappingList } from "../../integrations/http_request/ResponseMappingList";
import type { BlockProps } from "../../types";
import { TestWebhookCall, useExampleBody } from "./TestWebhookCall";
import { curlCommand, RESULT_ID_PLACEHOLDER, RESULT_ID_VARIABLE, webhookUrl } from "./webhookCall";

/** The URL an outside system calls to resume a chat waiting here, and an example call. */
function WebhookAddress({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const body = useExampleBody(block);
  const id = useId();
  const typebotId = useEditor((state) => state.doc?.id ?? "");
  const origin = window.location.origin;
  const url = webhookUrl(origin, typebotId, block.id);
  const curl = curlCommand(origin, typebotId, block.id, body);
  return (
    <section className="webhook-address" aria-label={t("webhook.howToCall")}>
      <div className="webhook-row-header">
        <label htmlFor={id} className="field-label">
          {t("webhook.url")}
        </label>
        <CopyButton text={url} what={t("webhook.theUrl")} />
      </div>
      {/* A text area, so that the whole URL shows (wrapped): its ids are what a person checks. */}
      <textarea
        id={id}
        className="webhook-url"
        readOnly
        rows={3}
        value={url}
        aria-describedby={`${id}-help`}
        onFocus={(event) => event.target.select()}
      />
      <p id={`${id}-help`} className="field-help">
        {t("webhook.resultIdHelp", {
          placeholder: RESULT_ID_PLACEHOLDER,
          block: t("setVariable.label"),
          value: t("setVariable.valueTypes.Result ID"),
        })}
      </p>
      <div className="webhook-row-header">
        <span className="field-label">{t("webhook.exampleCall")}</span>
        <CopyButton text={curl} what={t("webhook.theExampleCall")} />
      </div>
      <pre className="snippet">
        <code>{curl}</code>
      </pre>
      <p className="field-help">{t("webhook.exampleHelp", { variable: RESULT_ID_VARIABLE })}</p>
    </section>
  );
}

/** The webhook block's settings: where it is called, what of the call goes into which variables, a test. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <div className="settings-fields">
      <p className="settings-note">{t("webhook.theChatPausesHereUntil")}</p>
      <WebhookAddress block={block} />
      <ResponseMappingList block={block} path={["options", "responseVariableMapping"]} />
      <TestWebhookCall block={block} />
    </div>
  );
}
