import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";

/** The Pixel block on the canvas: the event it tracks. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const { eventType, name, pixelId } = (block.options ?? {}) as Record<string, string | undefined>;
  if (!pixelId) return <span className="block-summary">{t("configure")}</span>;
  const event = eventType === "Custom" ? name : eventType;
  return (
    <span className="block-summary">
      {event ? t("pixel.track", { event }) : t("pixel.initializeThePixel")}
    </span>
  );
}
