import { RotateCcw } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../../i18n";
import { type PreviewElement, previewDraft } from "../preview/mountPreview";
import { useEditor } from "../store";
import type { Theme } from "./themeModel";

/** What redrawing cannot show on messages already there: avatars are drawn with each message. */
function avatarsKey(theme: Theme | undefined): string {
  return JSON.stringify([theme?.chat?.hostAvatar, theme?.chat?.guestAvatar]);
}

/**
 * The real widget running the draft beside the theme and settings forms. A theme change redraws
 * the running chat at once (no restart); a change of avatars restarts it, as does the button.
 */
export function LivePreview() {
  const { t } = useTranslation("theme");
  const typebotId = useEditor((state) => state.doc?.id ?? "");
  const theme = useEditor((state) => state.doc?.theme as Theme | undefined);
  const avatars = avatarsKey(theme);
  const [run, setRun] = useState(0);
  const [status, setStatus] = useState("");
  const host = useRef<HTMLDivElement>(null);
  const element = useRef<PreviewElement | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `run` and `avatars` restart the chat on purpose
  useEffect(() => {
    let current = true;
    setStatus(t("preview.starting"));
    previewDraft(
      () => host.current,
      { id: `botloom-theme-preview-${run}`, typebotId },
      () => current,
    ).then(
      (started) => {
        if (!started) return;
        setStatus("");
        element.current = started;
        started.setBotTheme((useEditor.getState().doc?.theme ?? {}) as Theme);
      },
      (error: unknown) => current && setStatus(t("preview.failed", { message: String(error) })),
    );
    return () => {
      current = false;
    };
  }, [typebotId, run, avatars, t]);

  useEffect(() => {
    element.current?.setBotTheme(theme ?? {});
  }, [theme]);

  return (
    <section className="live-preview" aria-label={t("preview.title")}>
      <header className="live-preview-header">
        <h2>{t("preview.title")}</h2>
        <button type="button" onClick={() => setRun((value) => value + 1)}>
          <RotateCcw size={16} aria-hidden /> {t("preview.restart")}
        </button>
      </header>
      {status && <p className="page-status">{status}</p>}
      <div ref={host} className="live-preview-host" />
    </section>
  );
}
