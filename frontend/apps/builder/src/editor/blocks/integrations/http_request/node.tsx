import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";

/** An HTTP-like block on the canvas: "POST https://…", or what to do first. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const webhook = block.options?.webhook as { url?: string; method?: string } | undefined;
  return (
    <span className="block-summary">
      {webhook?.url ? `${webhook.method ?? t("httpRequest.post")} ${webhook.url}` : t("configure")}
    </span>
  );
}
