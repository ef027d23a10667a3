import { X } from "lucide-react";
import { useEditor } from "../store";
import { useBotLocation, usePublishActions, usePublishedVersion } from "../topbar/usePublishing";
import { CopyButton } from "./CopyButton";
import { PublicIdField } from "./PublicIdField";
import { type EmbedKind, embedSnippet, pageUrl } from "./snippets";
import "./share.css";
import { useTranslation } from "../../i18n";

const EMBEDS: EmbedKind[] = ["standard", "popup", "bubble"];

/** The bot's page URL, its public id, and the snippets that embed it in another site. */
export function SharePanel() {
  const { t } = useTranslation("share");
  const typebotId = useEditor((state) => state.doc?.id ?? "");
  const setPanel = useEditor((state) => state.setPanel);
  const location = useBotLocation(typebotId);
  const published = usePublishedVersion(typebotId);
  const { refresh } = usePublishActions(typebotId);
  const origin = window.location.origin;
  const publicId = location.data?.publicId ?? "";
  const url = publicId ? pageUrl(publicId, origin) : "";
  return (
    <aside className="settings-panel share-panel" aria-label={t("share")}>
      <header className="panel-header">
        <h2>{t("share")}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t("closeShare")}
          onClick={() => setPanel(null)}
        >
          <X size={16} aria-hidden />
        </button>
      </header>
      {location.isError && <p role="alert">{location.error.message}</p>}
      {published.isSuccess && !published.data && <p className="share-note">{t("notPublishedYet")}</p>}
      <section className="share-section" aria-labelledby="share-page">
        <h3 id="share-page">{t("publicPage")}</h3>
        <div className="field-row">
          <input readOnly value={url} aria-label={t("pageUrl")} />
          <CopyButton text={url} what={t("thePageUrl")} />
        </div>
        {url && (
          <a href={url} target="_blank" rel="noreferrer">
            {t("openThePage")}
          </a>
        )}
        {location.isSuccess && <PublicIdField typebotId={typebotId} publicId={publicId} onSaved={refresh} />}
      </section>
      {EMBEDS.map((kind) => {
        const title = t(`embeds.${kind}.title`);
        const snippet = embedSnippet(kind, publicId, origin);
        return (
          <section key={kind} className="share-section" aria-labelledby={`share-${kind}`}>
            <div className="panel-header">
              <h3 id={`share-${kind}`}>{title}</h3>
              <CopyButton text={snippet} what={t(`embeds.${kind}.copyWhat`)} />
            </div>
            <p className="muted">{t(`embeds.${kind}.help`)}</p>
            <pre className="snippet">
              <code>{snippet}</code>
            </pre>
          </section>
        );
      })}
    </aside>
  );
}
