/** The code editor of code fields, in its own chunk: loaded when a code field is first shown. */
import { javascript } from "@codemirror/lang-javascript";
import CodeMirror, { EditorView } from "@uiw/react-codemirror";
import { useMemo, useSyncExternalStore } from "react";
import type { CodeLanguage } from "./fields";

const DARK = "(prefers-color-scheme: dark)";

function prefersDark(): boolean {
  return window.matchMedia?.(DARK).matches ?? false;
}

/** The editor follows the system's light or dark look when it changes, as the app does. */
function watchDark(onChange: () => void): () => void {
  const query = window.matchMedia?.(DARK);
  query?.addEventListener("change", onChange);
  return () => query?.removeEventListener("change", onChange);
}

export default function CodeEditor({
  value,
  onChange,
  labelledBy,
  language = "javascript",
}: {
  value: string;
  onChange: (value: string) => void;
  labelledBy: string;
  /** JavaScript is highlighted; CSS and HTML are edited as plain text (no grammar installed). */
  language?: CodeLanguage;
}) {
  const extensions = useMemo(
    () => [
      ...(language === "javascript" ? [javascript()] : []),
      EditorView.contentAttributes.of({ "aria-labelledby": labelledBy }),
    ],
    [labelledBy, language],
  );
  const dark = useSyncExternalStore(watchDark, prefersDark);
  return (
    <CodeMirror
      className="code-editor"
      value={value}
      onChange={onChange}
      extensions={extensions}
      theme={dark ? "dark" : "light"}
      minHeight="120px"
      maxHeight="320px"
      basicSetup={{ foldGutter: false, highlightActiveLine: false }}
    />
  );
}
