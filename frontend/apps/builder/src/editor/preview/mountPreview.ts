/**
 * Starting the real widget on the bot's draft, as every preview of the editor does: the draft
 * is saved first (while the widget's chunk loads), then a new chat starts in `host`.
 */
import type { PreviewOptions } from "@botloom/widget";
import { type PreviewElement, startPreviewWidget } from "../../ui/previewWidget";
import { saveNow } from "../autosave";

export type { PreviewElement };

/** Saves the draft and starts a preview of it; `null` when no longer `wanted` by then. */
export async function previewDraft(
  host: () => HTMLElement | null,
  {
    id,
    typebotId,
    preview = {},
  }: { id: string; typebotId: string; preview?: Omit<PreviewOptions, "headers"> },
  wanted: () => boolean,
): Promise<PreviewElement | null> {
  await Promise.all([import("@botloom/widget"), saveNow()]);
  const target = host();
  if (!wanted() || !target) return null;
  return startPreviewWidget(target, id, typebotId, preview, wanted);
}
