import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";
import { HttpRequestFields } from "../http_request/HttpRequestFields";

/** The Pabbly block's settings: an HTTP request to its webhook. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return <HttpRequestFields block={block} urlHelp={t("pabbly.theWebhookUrlOfYour")} />;
}
