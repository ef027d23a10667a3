/**
 * Botloom's chat widget. Load it as a module and call one of the `init…` functions, exactly as
 * with Typebot's embed:
 *
 *   import Botloom from "https://bots.example.com/static/dist/web.js";
 *   Botloom.initBubble({ typebot: "my-bot", previewMessage: { message: "Hi!" } });
 */
import { BotloomElement, BubbleElement, globalPrefilled, mounted, PopupElement, StandardElement } from "./embeds";
import type { BotOptions, BubbleOptions, PopupOptions } from "./options";

export type { BotOptions, BubbleOptions, PopupOptions, PreviewOptions, StartFrom } from "./options";
export type { ClientLog, Theme } from "./types";

const ELEMENTS: [string, CustomElementConstructor][] = [
  ["standard", StandardElement],
  ["popup", PopupElement],
  ["bubble", BubbleElement],
];

function define(): void {
  if (typeof customElements === "undefined") return;
  for (const [kind, element] of ELEMENTS) {
    if (!customElements.get(`botloom-${kind}`)) customElements.define(`botloom-${kind}`, element);
    // Pages moving from Typebot keep their tags; a subclass, as one class cannot be defined twice.
    if (!customElements.get(`typebot-${kind}`)) {
      customElements.define(`typebot-${kind}`, class extends (element as typeof StandardElement) {});
    }
  }
}

function openables(): (PopupElement | BubbleElement)[] {
  return [...mounted].filter((el): el is PopupElement | BubbleElement => el instanceof PopupElement || el instanceof BubbleElement);
}

function bubbles(): BubbleElement[] {
  return [...mounted].filter((el): el is BubbleElement => el instanceof BubbleElement);
}

function replaceFloating<T extends BotloomElement>(tag: string, kind: typeof PopupElement | typeof BubbleElement): T {
  for (const el of [...mounted]) if (el instanceof kind) el.remove();
  const el = document.createElement(tag) as T;
  document.body.appendChild(el);
  return el;
}

export const Botloom = {
  /** Renders the chat inline, in `<botloom-standard>` (the one with `id`, else the first; created if missing). */
  initStandard(options: BotOptions): void {
    define();
    let el = (options.id ? document.getElementById(options.id) : document.querySelector("botloom-standard, typebot-standard")) as
      | StandardElement
      | null;
    if (!el) {
      el = document.createElement("botloom-standard") as StandardElement;
      document.body.appendChild(el);
    }
    el.init(options);
  },
  /** Opens the chat in a modal dialog (on `open()`, after `autoShowDelay`, or at once with `defaultOpen`). */
  initPopup(options: PopupOptions): void {
    define();
    replaceFloating<PopupElement>("botloom-popup", PopupElement).init(options);
  },
  /** A floating chat button with an optional preview message. */
  initBubble(options: BubbleOptions): void {
    define();
    replaceFloating<BubbleElement>("botloom-bubble", BubbleElement).init(options);
  },
  open(): void {
    for (const el of openables()) el.open();
  },
  close(): void {
    for (const el of openables()) el.close();
  },
  toggle(): void {
    for (const el of openables()) el.toggle();
  },
  showPreviewMessage(message?: string): void {
    for (const el of bubbles()) el.showPreviewMessage(message);
  },
  hidePreviewMessage(): void {
    for (const el of bubbles()) el.hidePreviewMessage();
  },
  /** Variables for chats that start from now on, merged over the ones given at init. */
  setPrefilledVariables(variables: Record<string, unknown>): void {
    Object.assign(globalPrefilled, variables);
  },
  /** Starts every chat over (a remembered chat is forgotten). */
  reload(): void {
    for (const el of mounted) el.reload();
  },
  /** Sends a command message to every chat (bots with command events). */
  sendCommand(command: string): void {
    for (const el of mounted) el.sendCommand(command);
  },
  /** Removes the popup and bubble embeds from the page. */
  unmount(): void {
    for (const el of openables()) el.remove();
  },
};

define();
if (typeof window !== "undefined") (window as unknown as { Botloom: typeof Botloom }).Botloom = Botloom;

export default Botloom;
