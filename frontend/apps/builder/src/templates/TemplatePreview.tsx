/** A template running in the real widget, through the template preview route. */
import { CSRF_HEADER, csrfToken } from "@botloom/api-client";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../i18n";

export function TemplatePreview({ slug, run }: { slug: string; run: number }) {
  const { t } = useTranslation("templates");
  const host = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<string>(t("starting"));

  // `run` is a dependency on purpose: a new value restarts the chat.
  useEffect(() => {
    let current = true;
    setStatus(t("starting"));
    // Loaded with the first preview: the gallery's cards never need it.
    import("@botloom/widget").then(
      ({ default: Botloom }) => {
        if (!current || !host.current) return;
        setStatus("");
        // A new element per run: the old chat goes with its element.
        const element = document.createElement("botloom-standard");
        element.id = `botloom-template-${slug}-${run}`;
        host.current.replaceChildren(element);
        const token = csrfToken();
        Botloom.initStandard({
          id: element.id,
          typebot: slug,
          apiHost: window.location.origin,
          preview: { template: true, headers: token ? { [CSRF_HEADER]: token } : {} },
        });
      },
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
