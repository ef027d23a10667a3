/** The table's preferences: applied at once, saved in the bot one change after the other. */
import { useCallback, useRef, useState } from "react";
import type { LoadedBot } from "./loadedBot";
import { readPreferences, type TablePreferences } from "./preferences";
import { savePreferences } from "./useResults";

export function usePreferences(typebotId: string, bot: LoadedBot) {
  const [prefs, setPrefs] = useState<TablePreferences>(() =>
    readPreferences(bot.doc.resultsTablePreferences),
  );
  const [saveError, setSaveError] = useState<string | null>(null);
  // Saves queue behind each other, so the last change is the one the server keeps.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const change = useCallback(
    (next: TablePreferences) => {
      setPrefs(next);
      if (bot.readOnly) return;
      queue.current = queue.current.then(() =>
        savePreferences(typebotId, next).then(
          () => setSaveError(null),
          (error: unknown) => setSaveError(error instanceof Error ? error.message : String(error)),
        ),
      );
    },
    [typebotId, bot.readOnly],
  );
  return { prefs, change, saveError };
}
