import { ChevronDown } from "lucide-react";
import type { ReactNode } from "react";
import { LivePreview } from "./LivePreview";
import "./theme.css";

/**
 * The theme and settings screens' layout: a column of folding sections (disabled for readers),
 * and the widget's live preview beside it. `after` comes below the sections, outside the
 * disabled part (the workspace's settings, which follow other rights than the bot's).
 */
export function EditorFormPage({
  readOnly,
  label,
  children,
  after,
}: {
  readOnly: boolean;
  label: string;
  children: ReactNode;
  after?: ReactNode;
}) {
  return (
    <main className="editor-page" data-read-only={readOnly}>
      <div className="editor-form">
        <fieldset disabled={readOnly} className="editor-form-fields" aria-label={label}>
          {children}
        </fieldset>
        {after}
      </div>
      <LivePreview />
    </main>
  );
}

/** One folding section of the theme and settings forms (Templates, General, Chat…). */
export function EditorSection({
  title,
  icon,
  defaultOpen = false,
  children,
}: {
  title: string;
  icon: ReactNode;
  defaultOpen?: boolean;
  children: ReactNode;
}) {
  return (
    <details className="editor-section" open={defaultOpen}>
      <summary>
        <span className="editor-section-icon" aria-hidden>
          {icon}
        </span>
        <h2>{title}</h2>
        <ChevronDown className="editor-section-chevron" size={16} aria-hidden />
      </summary>
      <div className="editor-section-body">{children}</div>
    </details>
  );
}
