/** The code editor of code fields, in its own chunk: loaded when a code field is first shown. */
import { javascript } from "@codemirror/lang-javascript";
import CodeMirror, { EditorView } from "@uiw/react-codemirror";
import { useMemo } from "react";
import { useColorScheme } from "../../ui/appearance";
import type { CodeLanguage } from "./fields";

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
  const dark = useColorScheme() === "dark";
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
