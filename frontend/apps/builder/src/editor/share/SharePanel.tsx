import { X } from "lucide-react";
import { useEditor } from "../store";
import { useBotLocation, usePublishActions, usePublishedVersion } from "../topbar/usePublishing";
import { CopyButton } from "./CopyButton";
import { PublicIdField } from "./PublicIdField";
import { type EmbedKind, embedSnippet, pageUrl } from "./snippets";
import "./share.css";

const EMBEDS: { kind: EmbedKind; title: string; help: string }[] = [
  { kind: "standard", title: "Standard", help: "The chat inside your page, where the element is." },
  { kind: "popup", title: "Popup", help: "The chat in a window over your page, opened after 3 seconds." },
  { kind: "bubble", title: "Bubble", help: "A chat button in the corner of your page." },
];

/** The bot's page URL, its public id, and the snippets that embed it in another site. */
export function SharePanel() {
  const typebotId = useEditor((state) => state.doc?.id ?? "");
  const setPanel = useEditor((state) => state.setPanel);
  const location = useBotLocation(typebotId);
  const published = usePublishedVersion(typebotId);
  const { refresh } = usePublishActions(typebotId);
  const origin = window.location.origin;
  const publicId = location.data?.publicId ?? "";
  const url = publicId ? pageUrl(publicId, origin) : "";
  return (
    <aside className="settings-panel share-panel" aria-label="Share">
      <header className="panel-header">
        <h2>Share</h2>
        <button type="button" className="icon-button" aria-label="Close share" onClick={() => setPanel(null)}>
          <X size={16} aria-hidden />
        </button>
      </header>
      {location.isError && <p role="alert">{location.error.message}</p>}
      {published.isSuccess && !published.data && (
        <p className="share-note">Not published yet: publish the bot to open its page to visitors.</p>
      )}
      <section className="share-section" aria-labelledby="share-page">
        <h3 id="share-page">Public page</h3>
        <div className="field-row">
          <input readOnly value={url} aria-label="Page URL" />
          <CopyButton text={url} what="the page URL" />
        </div>
        {url && (
          <a href={url} target="_blank" rel="noreferrer">
            Open the page
          </a>
        )}
        {location.isSuccess && <PublicIdField typebotId={typebotId} publicId={publicId} onSaved={refresh} />}
      </section>
      {EMBEDS.map(({ kind, title, help }) => {
        const snippet = embedSnippet(kind, publicId, origin);
        return (
          <section key={kind} className="share-section" aria-labelledby={`share-${kind}`}>
            <div className="panel-header">
              <h3 id={`share-${kind}`}>{title}</h3>
              <CopyButton text={snippet} what={`the ${title.toLowerCase()} embed code`} />
            </div>
            <p className="muted">{help}</p>
            <pre className="snippet">
              <code>{snippet}</code>
            </pre>
          </section>
        );
      })}
    </aside>
  );
}
