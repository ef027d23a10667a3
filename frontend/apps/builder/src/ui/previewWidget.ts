/** The real chat widget running a preview inside a builder screen (the editor's, the gallery's). */
import { CSRF_HEADER, csrfToken } from "@botloom/api-client";
import type { PreviewOptions, Theme } from "@botloom/widget";

/** The element a preview runs in; `setBotTheme` redraws the running chat in another theme. */
export type PreviewElement = HTMLElement & { setBotTheme(theme: Theme): void };

/**
 * Starts a preview chat of `typebot` in `host`, in a new `<botloom-standard>` element with id
 * `elementId` (the old chat goes with the element it replaces), signed by this browser's CSRF
 * token. The widget is imported on first use: screens that never preview never load it; a
 * run that is no longer `wanted` once it has loaded (a newer one started) mounts nothing.
 */
export async function startPreviewWidget(
  host: HTMLElement,
  elementId: string,
  typebot: string,
  preview: Omit<PreviewOptions, "headers">,
  wanted: () => boolean = () => true,
): Promise<PreviewElement | null> {
  const { default: Botloom } = await import("@botloom/widget");
  if (!wanted()) return null;
  const element = document.createElement("botloom-standard");
  element.id = elementId;
  host.replaceChildren(element);
  const token = csrfToken();
  Botloom.initStandard({
    id: elementId,
    typebot,
    apiHost: window.location.origin,
    preview: { ...preview, headers: token ? { [CSRF_HEADER]: token } : {} },
  });
  return element as PreviewElement;
}
