import { ChevronDown } from "lucide-react";
import type { ReactNode } from "react";
import "./theme.css";

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
