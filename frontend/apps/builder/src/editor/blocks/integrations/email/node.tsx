import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";

/** The send email block on the canvas: to whom. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const recipients = block.options?.recipients;
  const list = Array.isArray(recipients) ? recipients.filter(Boolean) : [];
  return (
    <span className="block-summary">
      {list.length ? t("email.sendTo", { recipients: list.join(", ") }) : t("configure")}
    </span>
  );
}
