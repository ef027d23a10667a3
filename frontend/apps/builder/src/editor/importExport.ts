/** Bot files: reading one the user picked, importing it over the bot, and exporting the bot. */
import { api, unwrap } from "../api";
import { i18n } from "../i18n";
import { type BotDocument, normalizeDocument } from "./document";

/** The JSON object of a bot file, or an error that says what is wrong with the file. */
export async function readBotFile(file: File): Promise<Record<string, unknown>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    throw new Error(i18n.t("editor:importExport.notJson", { file: file.name }));
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new Error(i18n.t("editor:importExport.notABot", { file: file.name }));
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

/** Downloads the bot's saved draft as a Typebot 6.1 file (what `botloom export` writes). */
export async function exportBot(typebotId: string): Promise<void> {
  const { typebot } = await unwrap(
    api.GET("/api/v1/typebots/{typebotId}", { params: { path: { typebotId } } }),
  );
  const blob = new Blob([`${JSON.stringify(typebot, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = exportFileName({ name: String(typebot.name ?? "") });
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * Replaces the bot's draft with a file of any Typebot version (the server migrates and repairs
 * it); returns the new draft and what the server had to repair.
 */
export async function importIntoBot(
  doc: BotDocument,
  file: File,
): Promise<{ doc: BotDocument; warnings: string[] }> {
  const typebot = await readBotFile(file);
  const { typebot: imported, warnings } = await unwrap(
    api.POST("/api/v1/typebots/import", {
      body: { workspaceId: String(doc.workspaceId), typebotId: doc.id, typebot },
    }),
  );
  return {
    doc: normalizeDocument(imported),
    warnings: (warnings ?? []).map((warning) => `${warning.path}: ${warning.message}`),
  };
}
