/** The bot a results screen shows. */
import type { BotDocument } from "../editor/document";

/** A bot's document and whether the current user may only read it. */
export interface LoadedBot {
  doc: BotDocument;
  readOnly: boolean;
}
