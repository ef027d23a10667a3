/** The JavaScript editor of code fields, in its own chunk: loaded when a code field is first shown. */
import { javascript } from "@codemirror/lang-javascript";
import CodeMirror, { EditorView } from "@uiw/react-codemirror";
import { useMemo } from "react";
import { useColorScheme } from "../../ui/appearance";

export default function CodeEditor({
  value,
  onChange,
  labelledBy,
}: {
  value: string;
  onChange: (value: string) => void;
  labelledBy: string;
}) {
  const extensions = useMemo(
    () => [javascript(), EditorView.contentAttributes.of({ "aria-labelledby": labelledBy })],
    [labelledBy],
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
