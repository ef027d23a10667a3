/** The three embeds as custom elements: standard (inline), popup (modal) and bubble (floating). */
import { Chat } from "./chat";
import { deepActiveElement, focusables, h, safeUrl } from "./dom";
import { normalizeOptions, prefilledVariables, type BotOptions, type BubbleOptions, type PopupOptions } from "./options";
import type { Theme } from "./types";

/** Set by `Botloom.setPrefilledVariables`; merged over each embed's own. */
export const globalPrefilled: Record<string, unknown> = {};

/** The origin the widget script was loaded from: the default `apiHost`. */
export const scriptOrigin = (() => {
  try {
    return new URL(import.meta.url).origin;
  } catch {
    return location.origin;
  }
})();

export const mounted = new Set<BotloomElement>();

/** What all three embeds share: an open shadow root and one chat inside it. */
export abstract class BotloomElement extends HTMLElement {
  protected readonly root: ShadowRoot;
  protected options?: BotOptions;
  protected chat?: Chat;
  private botTheme?: Theme;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: "open" });
  }

  connectedCallback(): void {
    mounted.add(this);
    const typebot = this.getAttribute("typebot");
    if (!this.options && typebot) {
      this.init({ typebot, apiHost: this.getAttribute("api-host") ?? undefined });
    }
  }

  disconnectedCallback(): void {
    mounted.delete(this);
    this.chat?.destroy();
  }

  /** (Re)configures the embed with `Botloom.init…` options. */
  init(options: BotOptions): void {
    this.options = normalizeOptions(options, scriptOrigin);
    this.render();
  }

  /** Starts over: forgets a remembered chat and begins a new one. */
  reload(): void {
    if (!this.options) return;
    this.chat?.forget();
    this.chat?.destroy();
    this.chat = undefined;
    this.render();
  }

  /** Redraws the chat in another theme without restarting it (the builder's theme preview). */
  setBotTheme(theme: Theme): void {
    this.botTheme = theme;
    this.chat?.setBotTheme(theme);
  }

  sendCommand(command: string): void {
    void this.chat?.sendCommand(command);
  }

  protected abstract render(): void;

  protected createChat(mount: ShadowRoot | HTMLElement, autoFocus: () => boolean): Chat {
    const options = this.options!;
    this.chat?.destroy();
    this.chat = new Chat(mount, {
      ...options,
      apiHost: options.apiHost!,
      prefilled: () => prefilledVariables(location.search, options.prefilledVariables, globalPrefilled),
      autoFocus,
    });
    if (this.botTheme) this.chat.setBotTheme(this.botTheme);
    return this.chat;
  }
}

const STANDARD_CSS = ":host{display:block;position:relative;width:100%;height:100%;min-height:0}.bl-mount{height:100%}";

/** `<botloom-standard>`: the chat inline in the page; it starts once it is visible. */
export class StandardElement extends BotloomElement {
  private observer?: IntersectionObserver;

  protected render(): void {
    const mount = h("div", { class: "bl-mount" });
    this.root.replaceChildren(h("style", {}, STANDARD_CSS), mount);
    const chat = this.createChat(mount, () => false);
    this.observer?.disconnect();
    if (typeof IntersectionObserver !== "function") return void chat.start();
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        this.observer?.disconnect();
        void chat.start();
      }
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    this.observer?.disconnect();
    super.disconnectedCallback();
  }
}

const OVERLAY_CSS = `
:host{display:block;position:static;width:0;height:0;min-height:0}
[hidden]{display:none!important}
.bl-overlay{position:fixed;inset:0;display:flex;align-items:center;justify-content:center;padding:16px;background:rgb(0 0 0 / .5);animation:bl-fade .2s}
.bl-dialog{position:relative;display:flex;width:min(100%,var(--bl-popup-width,800px));height:min(100%,640px);border-radius:12px;overflow:hidden;
 background:var(--bl-popup-bg,#fff);box-shadow:0 25px 50px -12px rgb(0 0 0 / .35)}
.bl-mount{flex:1;min-width:0;display:flex}
.bl-close{position:absolute;top:8px;right:8px;z-index:2;width:32px;height:32px;border:0;border-radius:50%;cursor:pointer;
 background:rgb(0 0 0 / .55);color:#fff;font-size:20px;line-height:1}
.bl-launcher{position:fixed;bottom:20px;display:flex;align-items:center;justify-content:center;border:0;border-radius:50%;cursor:pointer;
 width:var(--bl-launcher-size,48px);height:var(--bl-launcher-size,48px);background:var(--bl-launcher-bg,#0042DA);color:var(--bl-launcher-color,#fff);
 box-shadow:0 4px 12px rgb(0 0 0 / .25);transition:transform .15s}
.bl-launcher:hover{transform:scale(1.06)}
.bl-launcher svg,.bl-launcher img{width:55%;height:55%;object-fit:contain}
.bl-window{position:fixed;bottom:calc(var(--bl-launcher-size,48px) + 32px);display:flex;width:min(calc(100vw - 40px),var(--bl-window-width,400px));
 height:min(calc(100vh - var(--bl-launcher-size,48px) - 52px),var(--bl-window-height,704px));border-radius:12px;overflow:hidden;
 background:var(--bl-window-bg,#fff);box-shadow:0 25px 50px -12px rgb(0 0 0 / .35);animation:bl-fade .2s}
.bl-preview{position:fixed;bottom:calc(var(--bl-launcher-size,48px) + 32px);display:flex;align-items:flex-start;gap:4px;max-width:min(280px,calc(100vw - 40px));animation:bl-fade .2s}
.bl-preview-msg{display:flex;align-items:center;gap:10px;padding:12px 16px;border:0;border-radius:8px;cursor:pointer;text-align:left;font:inherit;font-family:${"system-ui,sans-serif"};
 background:var(--bl-preview-bg,#fff);color:var(--bl-preview-color,#303235);box-shadow:0 4px 16px rgb(0 0 0 / .18)}
.bl-preview-msg img{width:40px;height:40px;border-radius:50%;object-fit:cover}
.bl-preview-close{width:24px;height:24px;border:0;border-radius:50%;cursor:pointer;background:var(--bl-preview-close-bg,#fff);color:var(--bl-preview-close-color,#303235);box-shadow:0 2px 6px rgb(0 0 0 / .2)}
.bl-left{left:20px}.bl-right{right:20px}
@keyframes bl-fade{from{opacity:0;transform:translateY(8px)}to{opacity:1;transform:none}}
@media (prefers-reduced-motion:reduce){.bl-overlay,.bl-window,.bl-preview,.bl-launcher{animation:none;transition:none}}
`;

/** Shared by popup and bubble: a chat that opens and closes, started on first open. */
abstract class OpenableElement extends BotloomElement {
  protected isOpen = false;
  private started = false;
  private returnFocus?: Element | null;
  private timer?: ReturnType<typeof setTimeout>;

  protected get popupOptions(): PopupOptions {
    return this.options as PopupOptions;
  }

  open(): void {
    if (this.isOpen || !this.options) return;
    this.isOpen = true;
    this.returnFocus = deepActiveElement();
    this.show(true);
    if (!this.started) {
      this.started = true;
      void this.chat?.start();
    }
    requestAnimationFrame(() => {
      if (!this.chat?.focusInput()) this.focusTarget().focus();
    });
    this.popupOptions.onOpen?.();
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.show(false);
    if (this.returnFocus instanceof HTMLElement) this.returnFocus.focus();
    this.popupOptions.onClose?.();
  }

  toggle(): void {
    if (this.isOpen) this.close();
    else this.open();
  }

  override reload(): void {
    this.started = false;
    super.reload();
    if (this.isOpen) {
      this.started = true;
      void this.chat?.start();
    }
  }

  override disconnectedCallback(): void {
    clearTimeout(this.timer);
    super.disconnectedCallback();
  }

  protected scheduleAutoOpen(): void {
    clearTimeout(this.timer);
    const o = this.popupOptions;
    if (o.defaultOpen || o.isOpen) this.open();
    else if (typeof o.autoShowDelay === "number") this.timer = setTimeout(() => this.open(), o.autoShowDelay);
  }

  protected abstract show(open: boolean): void;
  protected abstract focusTarget(): HTMLElement;
}

/** `<botloom-popup>`: a modal dialog; Escape or a click outside closes it; focus stays inside. */
export class PopupElement extends OpenableElement {
  private overlay?: HTMLElement;
  private dialog?: HTMLElement;

  protected render(): void {
    const theme = this.popupOptions.theme ?? {};
    const mount = h("div", { class: "bl-mount" });
    this.dialog = h(
      "div",
      { class: "bl-dialog", role: "dialog", "aria-modal": "true", "aria-label": "Chat", tabindex: "-1" },
      h("button", { type: "button", class: "bl-close", "aria-label": "Close chat", onclick: (() => this.close()) as EventListener }, "×"),
      mount,
    );
    this.overlay = h("div", { class: "bl-overlay", hidden: !this.isOpen }, this.dialog);
    if (theme.width) this.overlay.style.setProperty("--bl-popup-width", theme.width);
    if (theme.backgroundColor) this.overlay.style.setProperty("--bl-popup-bg", theme.backgroundColor);
    if (theme.zIndex !== undefined) this.overlay.style.zIndex = String(theme.zIndex);
    else this.overlay.style.zIndex = "2147483000";
    this.overlay.addEventListener("click", (event) => {
      if (event.target === this.overlay) this.close();
    });
    this.overlay.addEventListener("keydown", (event) => this.onKeydown(event));
    this.root.replaceChildren(h("style", {}, OVERLAY_CSS), this.overlay);
    this.createChat(mount, () => this.isOpen);
    this.scheduleAutoOpen();
  }

  protected show(open: boolean): void {
    if (this.overlay) this.overlay.hidden = !open;
    document.documentElement.style.overflow = open ? "hidden" : "";
  }

  protected focusTarget(): HTMLElement {
    return this.dialog!;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === "Escape") {
      event.stopPropagation();
      this.close();
      return;
    }
    if (event.key !== "Tab" || !this.dialog) return;
    trapTab(event, this.dialog);
  }
}

/** Keeps Tab and Shift+Tab cycling inside `container`. */
export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  const items = focusables(container);
  if (items.length === 0) {
    event.preventDefault();
    return;
  }
  const active = deepActiveElement();
  const index = items.findIndex((el) => el === active);
  if (event.shiftKey && index <= 0) {
    event.preventDefault();
    items[items.length - 1].focus();
  } else if (!event.shiftKey && (index === items.length - 1 || index === -1)) {
    event.preventDefault();
    items[0].focus();
  }
}

const CHAT_ICON =
  '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M21 11.5a8.38 8.38 0 0 1-.9 3.8 8.5 8.5 0 0 1-7.6 4.7 8.38 8.38 0 0 1-3.8-.9L3 21l1.9-5.7a8.38 8.38 0 0 1-.9-3.8 8.5 8.5 0 0 1 4.7-7.6 8.38 8.38 0 0 1 3.8-.9h.5a8.48 8.48 0 0 1 8 8v.5z"/></svg>';
const CLOSE_ICON =
  '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" aria-hidden="true"><path d="M18 6 6 18M6 6l12 12"/></svg>';

/** `<botloom-bubble>`: a floating button that opens a chat window, with an optional preview message. */
export class BubbleElement extends OpenableElement {
  private launcher?: HTMLButtonElement;
  private window?: HTMLElement;
  private preview?: HTMLElement;
  private previewTimer?: ReturnType<typeof setTimeout>;

  private get bubbleOptions(): BubbleOptions {
    return this.options as BubbleOptions;
  }

  protected render(): void {
    const o = this.bubbleOptions;
    const theme = o.theme ?? {};
    const side = theme.placement === "left" ? "bl-left" : "bl-right";
    const mount = h("div", { class: "bl-mount" });
    this.window = h("div", { class: `bl-window ${side}`, role: "dialog", "aria-label": "Chat", hidden: !this.isOpen, tabindex: "-1" }, mount);
    this.launcher = h("button", {
      type: "button",
      class: `bl-launcher ${side}`,
      "aria-label": this.isOpen ? "Close chat" : "Open chat",
      "aria-expanded": String(this.isOpen),
      onclick: (() => this.toggle()) as EventListener,
    });
    this.preview = this.renderPreview(side);
    const wrap = h("div", { class: "bl-bubble" }, this.preview, this.window, this.launcher);
    const size = theme.button?.size;
    wrap.style.setProperty("--bl-launcher-size", size === "large" ? "64px" : size && size !== "medium" ? size : "48px");
    const vars: [string, string | undefined][] = [
      ["--bl-launcher-bg", theme.button?.backgroundColor],
      ["--bl-launcher-color", theme.button?.iconColor],
      ["--bl-window-bg", theme.chatWindow?.backgroundColor],
      ["--bl-window-width", theme.chatWindow?.maxWidth],
      ["--bl-window-height", theme.chatWindow?.maxHeight],
      ["--bl-preview-bg", theme.previewMessage?.backgroundColor],
      ["--bl-preview-color", theme.previewMessage?.textColor],
      ["--bl-preview-close-bg", theme.previewMessage?.closeButtonBackgroundColor],
      ["--bl-preview-close-color", theme.previewMessage?.closeButtonIconColor],
    ];
    for (const [name, value] of vars) if (value) wrap.style.setProperty(name, value);
    wrap.style.position = "relative";
    wrap.style.zIndex = String(theme.zIndex ?? 2147483000);
    wrap.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && this.isOpen) {
        event.stopPropagation();
        this.close();
      }
    });
    this.root.replaceChildren(h("style", {}, OVERLAY_CSS), wrap);
    this.updateLauncher();
    this.createChat(mount, () => this.isOpen);
    clearTimeout(this.previewTimer);
    const delay = o.previewMessage?.autoShowDelay;
    if (o.previewMessage && typeof delay === "number") this.previewTimer = setTimeout(() => this.showPreviewMessage(), delay);
    this.scheduleAutoOpen();
  }

  private renderPreview(side: string): HTMLElement {
    const preview = this.bubbleOptions.previewMessage;
    const box = h("div", { class: `bl-preview ${side}`, hidden: true });
    if (!preview) return box;
    box.append(
      h(
        "button",
        {
          type: "button",
          class: "bl-preview-msg",
          onclick: (() => {
            this.bubbleOptions.onPreviewMessageClick?.();
            this.open();
          }) as EventListener,
        },
        preview.avatarUrl ? h("img", { src: safeUrl(preview.avatarUrl, "media"), alt: "" }) : null,
        h("span", {}, preview.message),
      ),
      h(
        "button",
        {
          type: "button",
          class: "bl-preview-close",
          "aria-label": "Dismiss message",
          onclick: (() => {
            this.hidePreviewMessage();
            this.bubbleOptions.onPreviewMessageDismissed?.();
          }) as EventListener,
        },
        "×",
      ),
    );
    return box;
  }

  /** Shows the preview message (or `message`, replacing the configured one) next to the button. */
  showPreviewMessage(message?: string): void {
    if (message !== undefined && this.options) {
      (this.options as BubbleOptions).previewMessage = { ...(this.bubbleOptions.previewMessage ?? {}), message };
      const side = this.bubbleOptions.theme?.placement === "left" ? "bl-left" : "bl-right";
      const fresh = this.renderPreview(side);
      this.preview?.replaceWith(fresh);
      this.preview = fresh;
    }
    if (this.preview && this.bubbleOptions.previewMessage && !this.isOpen) this.preview.hidden = false;
  }

  hidePreviewMessage(): void {
    clearTimeout(this.previewTimer);
    if (this.preview) this.preview.hidden = true;
  }

  protected show(open: boolean): void {
    if (this.window) this.window.hidden = !open;
    if (open) this.hidePreviewMessage();
    this.updateLauncher();
  }

  protected focusTarget(): HTMLElement {
    return this.window!;
  }

  override close(): void {
    const returnToLauncher = this.isOpen;
    super.close();
    if (returnToLauncher && !this.root.activeElement) this.launcher?.focus();
  }

  private updateLauncher(): void {
    if (!this.launcher) return;
    const button = this.bubbleOptions.theme?.button;
    this.launcher.setAttribute("aria-label", this.isOpen ? "Close chat" : "Open chat");
    this.launcher.setAttribute("aria-expanded", String(this.isOpen));
    const icon = this.isOpen ? button?.customCloseIconSrc : button?.customIconSrc;
    if (icon && /^(https?:|data:image\/)/.test(icon)) this.launcher.replaceChildren(h("img", { src: safeUrl(icon, "media"), alt: "" }));
    else if (icon && [...icon].length <= 4) this.launcher.replaceChildren(h("span", { "aria-hidden": "true", style: "font-size:1.5em" }, icon));
    else this.launcher.innerHTML = this.isOpen ? CLOSE_ICON : CHAT_ICON;
  }
}
