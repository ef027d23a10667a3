/** The bot's settings: general, typing emulation, metadata, security and results retention. */
export function BotSettingsEditor({ readOnly }: { readOnly: boolean }) {
  return <main className="editor-page" data-read-only={readOnly} />;
}
