/** Holds the audit log's place until its screen (`src/audit/AuditLogPage.tsx`) is mounted here. */
import { useTranslation } from "../i18n";

export function AuditPlaceholder() {
  const { t } = useTranslation("workspace");
  return (
    <>
      <h1>{t("audit.heading")}</h1>
      <p className="ws-help">{t("audit.soon")}</p>
    </>
  );
}
