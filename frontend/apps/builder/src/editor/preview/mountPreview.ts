/**
 * Starting the real widget on the bot's draft, as every preview of the builder does: the widget
 * is its own chunk (loaded with the first preview), the draft is saved first, and each start
 * is a new `<botloom-standard>` element (the old chat is dropped with its element).
 */
import { CSRF_HEADER, csrfToken } from "@botloom/api-client";
import type { PreviewOptions, Theme } from "@botloom/widget";
import { saveNow } from "../autosave";

type Widget = typeof import("@botloom/widget")["default"];

/** The element a preview runs in; `setBotTheme` redraws the running chat in another theme. */
export type PreviewElement = HTMLElement & { setBotTheme(theme: Theme): void };

/** Loads the widget and saves the draft: what a preview needs before it starts. */
export async function loadPreview(): Promise<Widget> {
  const [widget] = await Promise.all([import("@botloom/widget"), saveNow()]);
  return widget.default;
}

/** Starts a preview chat of the draft of `typebotId` in `host`, replacing what was there. */
export function mountPreview(
  widget: Widget,
  host: HTMLElement,
  { id, typebotId, preview }: { id: string; typebotId: string; preview?: Omit<PreviewOptions, "headers"> },
): PreviewElement {
  const element = document.createElement("botloom-standard");
  element.id = id;
  host.replaceChildren(element);
  const token = csrfToken();
  widget.initStandard({
    id,
    typebot: typebotId,
    apiHost: window.location.origin,
    preview: { ...preview, headers: token ? { [CSRF_HEADER]: token } : {} },
  });
  return element as PreviewElement;
}
