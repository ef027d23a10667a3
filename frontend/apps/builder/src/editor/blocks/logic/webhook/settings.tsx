import { useTranslation } from "../../../../i18n";
import { ResponseMappingList } from "../../integrations/http_request/ResponseMappingList";
import type { BlockProps } from "../../types";

/** The webhook block's settings: what of the awaited call goes into which variables. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <div className="settings-fields">
      <p className="settings-note">{t("webhook.theChatPausesHereUntil")}</p>
      <ResponseMappingList block={block} path={["options", "responseVariableMapping"]} />
    </div>
  );
}
