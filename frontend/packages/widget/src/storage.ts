/** "Remember user": the chat kept in the browser so that a reload resumes it, as Typebot does. */
import type { BotInfo, ChatInput, ChatMessage, DynamicTheme } from "./types";

export type HistoryEntry = { role: "bot"; message: ChatMessage } | { role: "guest"; text: string };

export interface SavedChat {
  sessionId: string;
  resultId?: string;
  typebot: BotInfo;
  history: HistoryEntry[];
  input?: ChatInput | null;
  progress?: number | null;
  dynamicTheme?: DynamicTheme | null;
  ended: boolean;
  /** The webhook wait the chat was on, listened to again when the page is reloaded. */
  listenId?: number;
}

export type StorageKind = "session" | "local";

const key = (publicId: string) => `botloom-chat-${publicId}`;

function area(kind: StorageKind): Storage | undefined {
  try {
    return kind === "local" ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined; // Storage can be blocked (sandboxed frames, privacy settings).
  }
}

/** The chat saved for this bot, from either storage. */
export function loadChat(publicId: string): SavedChat | undefined {
  for (const kind of ["session", "local"] as const) {
    try {
      const raw = area(kind)?.getItem(key(publicId));
      if (raw) return JSON.parse(raw) as SavedChat;
    } catch {
      // Unreadable entries are ignored.
    }
  }
  return undefined;
}

/** Saves the chat in the storage the bot's settings name. */
export function saveChat(publicId: string, kind: StorageKind, chat: SavedChat): void {
  try {
    area(kind)?.setItem(key(publicId), JSON.stringify(chat));
  } catch {
    // A full or blocked storage only loses the resume feature.
  }
}

/** Forgets the saved chat. */
export function clearChat(publicId: string): void {
  for (const kind of ["session", "local"] as const) {
    try {
      area(kind)?.removeItem(key(publicId));
    } catch {
      // Nothing to clear.
    }
  }
}
