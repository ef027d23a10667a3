/** A template running in the real widget, through the template preview route. */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../i18n";
import { startPreviewWidget } from "../ui/previewWidget";

export function TemplatePreview({ slug, run }: { slug: string; run: number }) {
  const { t } = useTranslation("templates");
  const host = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<string>(t("starting"));

  // `run` is a dependency on purpose: a new value restarts the chat.
  useEffect(() => {
    let current = true;
    setStatus(t("starting"));
    if (!host.current) return;
    startPreviewWidget(
      host.current,
      `botloom-template-${slug}-${run}`,
      slug,
      { template: true },
      () => current,
    ).then(
      () => current && setStatus(""),
      (error: unknown) => current && setStatus(t("failed", { message: String(error) })),
    );
    return () => {
      current = false;
    };
  }, [slug, run, t]);

  return (
    <div className="template-chat">
      {status && <p className="page-status">{status}</p>}
      <div ref={host} className="template-chat-host" />
    </div>
  );
}
