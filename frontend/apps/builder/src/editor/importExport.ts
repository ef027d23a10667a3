/** Bot files: reading one the user picked, and offering the current bot as a download. */
import type { BotDocument } from "./document";

/** The JSON object of a bot file, or an error that says what is wrong with the file. */
export async function readBotFile(file: File): Promise<Record<string, unknown>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    throw new Error(`${file.name} is not a JSON file`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new Error(`${file.name} does not hold a bot (a JSON object)`);
  }
  const bot = parsed as Record<string, unknown>;
  // Typebot's export wraps nothing; some tools save `{ typebot: {...} }`.
  return bot.typebot && typeof bot.typebot === "object" ? (bot.typebot as Record<string, unknown>) : bot;
}

/** The file name a bot is exported under. */
export function exportFileName(doc: Pick<BotDocument, "name">): string {
  const slug = doc.name
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  return `${slug || "bot"}.json`;
}
