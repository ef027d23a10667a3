/** One conversation: talks to the chat API and renders everything it returns. */
import { runAction } from "./actions";
import { ApiError, ChatApi, uploadFile } from "./api";
import { renderBubble, type RenderedBubble } from "./bubbles";
import { deepActiveElement, focusables, h, prefersReducedMotion, safeUrl, sleep } from "./dom";
import { renderInput } from "./inputs";
import { addressWithoutQuery, mergeTheme, type BotOptions } from "./options";
import { plainText } from "./richtext";
import { clearChat, loadChat, saveChat, type HistoryEntry, type SavedChat, type StorageKind } from "./storage";
import { readStream } from "./stream";
import { CHAT_CSS } from "./styles";
import { loadFont, themeVars } from "./theme";
import { themeDefaults } from "./theme-defaults";
import { delayBetweenBubbles, typingDelay } from "./typing";
import type { BotInfo, ChatChunk, ChatInput, ChatMessage, ClientLog, ClientSideAction, DynamicTheme, OutgoingMessage, Theme } from "./types";

export interface ChatOptions extends BotOptions {
  apiHost: string;
  /** Prefilled variables for startChat, read when the chat starts. */
  prefilled: () => Record<string, unknown>;
  /** Whether new inputs take focus even if the visitor is not in the widget (open popup/bubble). */
  autoFocus: () => boolean;
}

/** The message shown when startChat fails, as Typebot shows it. */
export function startErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError) || error.status === 0) return "Error! Could not reach server. Check your connection.";
  if (error.status === 404) return "The bot you're looking for doesn't exist.";
  if (error.status === 400 || error.status === 403) return error.message;
  return `Error! Couldn't initiate the chat. (${error.message})`;
}

export class Chat {
  private readonly api: ChatApi;
  private readonly root: HTMLElement;
  private readonly container: HTMLElement;
  private readonly log: HTMLElement;
  private readonly inputSlot: HTMLElement;
  private readonly progressBar: HTMLElement;
  private readonly customStyle: HTMLStyleElement;
  private sessionId?: string;
  private resultId?: string;
  private bot?: BotInfo;
  private input?: ChatInput | null;
  private history: HistoryEntry[] = [];
  private dynamicTheme?: DynamicTheme | null;
  private botTheme?: Theme;
  private progress?: number | null;
  private ended = false;
  private listenId?: number;
  private started = false;
  private restored = false;
  private destroyed = false;

  constructor(
    private readonly mount: ShadowRoot | HTMLElement,
    private readonly options: ChatOptions,
  ) {
    this.api = new ChatApi(options.apiHost);
    this.customStyle = h("style");
    this.log = h("div", { class: "bl-log", role: "log", "aria-live": "polite", "aria-label": "Chat", "aria-relevant": "additions" });
    this.inputSlot = h("div", { class: "bl-input-slot" });
    this.container = h("div", { class: "bl-chat typebot-chat-view" }, this.log, this.inputSlot);
    // The chat container scrolls inside a frame that centres it (Typebot's boxed container, `maxHeight`).
    const frame = h("div", { class: "bl-frame" }, this.container);
    this.progressBar = h(
      "div",
      { class: "bl-progress", role: "progressbar", "aria-label": "Progress", "aria-valuemin": "0", "aria-valuemax": "100", hidden: true },
      h("div"),
    );
    // tabindex -1: the root holds focus while an answer is on its way, so the next input can take it.
    this.root = h("div", { class: "bl-root typebot-container", part: "container", tabindex: "-1" }, this.progressBar, frame);
    this.mount.replaceChildren(h("style", {}, CHAT_CSS), this.customStyle, this.root);
    this.applyTheme();
  }

  /** Starts the chat (once): resumes a remembered one, else calls startChat. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const { preview, typebot } = this.options;
    const saved = preview ? undefined : loadChat(typebot);
    if (saved && !saved.ended && saved.sessionId) return this.restore(saved);
    let response;
    try {
      const body = {
        prefilledVariables: this.options.prefilled(),
        resultId: this.options.resultId ?? saved?.resultId,
        isStreamEnabled: true,
        textBubbleContentFormat: "richText",
      } as const;
      response = await (preview ? this.api.startPreviewChat(typebot, preview, body) : this.api.startChat(typebot, body));
    } catch (error) {
      this.showAlert(startErrorMessage(error));
      return;
    }
    if (this.destroyed) return;
    this.sessionId = response.sessionId;
    this.resultId = response.resultId;
    this.bot = response.typebot ?? { theme: {}, settings: {} };
    if (!preview && this.settings.general?.isHideQueryParamsEnabled) hideQueryParams();
    this.applyTheme();
    this.options.onInit?.();
    await this.process(response, true);
  }

  /** Stops the chat; its DOM is left for the embed to drop. */
  destroy(): void {
    this.destroyed = true;
  }

  /** Forgets a remembered chat so that the next start is a new one. */
  forget(): void {
    clearChat(this.options.typebot);
  }

  /** Sends a command message (command events). */
  async sendCommand(command: string): Promise<void> {
    if (this.sessionId) await this.send({ type: "command", command }, null);
  }

  /** Moves focus to the current input, if there is one. */
  focusInput(): boolean {
    const target = focusables(this.inputSlot)[0];
    target?.focus();
    return Boolean(target);
  }

  private hasFocus(): boolean {
    const active = deepActiveElement();
    return active !== null && this.root.contains(active);
  }

  private get settings() {
    return this.bot?.settings ?? {};
  }

  private get rememberStorage(): StorageKind | undefined {
    const remember = this.settings.general?.rememberUser;
    return remember?.isEnabled ? (remember.storage ?? "session") : undefined;
  }

  /** Draws the chat in `theme` instead of the bot's own (the builder's theme editor, live). */
  setBotTheme(theme: Theme): void {
    this.botTheme = theme;
    this.applyTheme();
  }

  /** The bot's theme (or the one set by `setBotTheme`) with the embedder's overrides. */
  private get theme(): Theme {
    return mergeTheme(this.botTheme ?? this.bot?.theme ?? {}, this.options.theme);
  }

  private applyTheme(): void {
    const theme = this.theme;
    const version = this.bot?.version;
    for (const [name, value] of Object.entries(themeVars(theme, version, this.dynamicTheme))) this.root.style.setProperty(name, value);
    const bar = theme.general?.progressBar;
    this.progressBar.classList.toggle("bl-bottom", bar?.placement === "Bottom");
    this.customStyle.textContent = theme.customCss ?? "";
    loadFont(theme.general?.font ?? themeDefaults(version).font);
  }

  /** A remembered session the server no longer has: forget it and begin a new chat. */
  private async restart(): Promise<void> {
    this.forget();
    this.restored = false;
    this.started = false;
    this.history = [];
    this.log.replaceChildren();
    this.inputSlot.replaceChildren();
    await this.start();
  }

  private restore(saved: SavedChat): void {
    this.restored = true;
    this.sessionId = saved.sessionId;
    this.resultId = saved.resultId;
    this.bot = saved.typebot;
    this.dynamicTheme = saved.dynamicTheme;
    this.applyTheme();
    this.setProgress(saved.progress);
    for (const entry of saved.history) {
      if (entry.role === "guest") this.addGuestBubble(entry.text);
      else this.addBotBubble(entry.message, false);
    }
    this.options.onInit?.();
    if (saved.input) this.showInput(saved.input);
    else if (saved.listenId) void this.listenForWebhook(saved.listenId);
  }

  private persist(): void {
    const storage = this.rememberStorage;
    if (!storage || !this.sessionId || !this.bot || this.options.preview) return;
    saveChat(this.options.typebot, storage, {
      sessionId: this.sessionId,
      resultId: this.resultId,
      typebot: this.bot,
      history: this.history,
      input: this.input,
      progress: this.progress,
      dynamicTheme: this.dynamicTheme,
      ended: this.ended,
      listenId: this.listenId,
    });
  }

  /** Shows a chunk: early actions, then each bubble (and the actions tied to it), then the input. */
  private async process(chunk: ChatChunk, isStart = false): Promise<void> {
    if (this.destroyed) return;
    if (chunk.lastMessageNewFormat) this.replaceLastGuestText(chunk.lastMessageNewFormat);
    if (chunk.dynamicTheme) {
      this.dynamicTheme = chunk.dynamicTheme;
      this.applyTheme();
    }
    this.setProgress(chunk.progress);
    if (chunk.logs?.length) this.options.preview?.onLogs?.(chunk.logs);
    const actions = chunk.clientSideActions ?? [];
    const messages = chunk.messages ?? [];
    const ids = new Set(messages.map((m) => m.id));
    for (const action of actions.filter((a) => !a.lastBubbleBlockId)) {
      if (await this.runAction(action)) return;
    }
    for (const [index, message] of messages.entries()) {
      if (index > 0) await sleep(delayBetweenBubbles(this.settings.typingEmulation));
      const bubble = await this.showMessage(message, isStart && index === 0);
      for (const action of actions.filter((a) => a.lastBubbleBlockId === message.id)) {
        if (await this.runAction(action)) return;
      }
      if (bubble.waitFor) {
        const reply = await bubble.waitFor();
        await this.send(reply, null);
        return;
      }
    }
    for (const action of actions.filter((a) => a.lastBubbleBlockId && !ids.has(a.lastBubbleBlockId))) {
      if (await this.runAction(action)) return;
    }
    if (chunk.input) {
      this.showInput(chunk.input);
      this.options.onNewInputBlock?.(chunk.input);
    } else {
      this.ended = true;
      this.input = null;
      this.options.onEnd?.();
    }
    this.persist();
  }

  /** Runs an action; true when it took over the conversation (a dedicated reply was sent). */
  private async runAction(action: ClientSideAction): Promise<boolean> {
    if (action.type === "stream" || action.type === "streamOpenAiChatCompletion") {
      const body = action.type === "stream" ? {} : { messages: action.streamOpenAiChatCompletion?.messages ?? [] };
      const text = await this.stream(body);
      if (text === undefined) return true;
      await this.send({ type: "text", text }, null);
      return true;
    }
    if (action.type === "listenForWebhook") {
      await this.listenForWebhook(Number(action.listenId ?? 1));
      return true;
    }
    const outcome = await runAction(action, { onPopupBlocked: (url) => this.showPopupBlocked(url) });
    if (outcome.logs?.length) await this.logs(outcome.logs);
    if (!action.expectsDedicatedReply) return false;
    await this.send(outcome.reply, null);
    return true;
  }

  /** The chat waits for an outside system's call; the server resumes it and sends the turn. */
  private async listenForWebhook(listenId: number): Promise<void> {
    if (!this.sessionId) return;
    this.listenId = listenId;
    this.input = null;
    this.persist();
    let chunk: ChatChunk;
    try {
      chunk = await this.api.webhookEvent(this.sessionId, listenId);
    } catch (error) {
      await this.logs([{ status: "error", context: "While listening for webhook", description: String(error) }]);
      return;
    } finally {
      this.listenId = undefined;
    }
    await this.process(chunk);
  }

  private async logs(clientLogs: ClientLog[]): Promise<void> {
    this.options.preview?.onLogs?.(clientLogs);
    if (this.sessionId) await this.api.sendLogs(this.sessionId, clientLogs);
  }

  /** Streams the bot's answer into a bubble; undefined when it failed. */
  private async stream(body: object): Promise<string | undefined> {
    if (!this.sessionId) return undefined;
    const typing = this.addTyping();
    try {
      const response = await this.api.streamMessage(this.sessionId, body);
      let bubble: HTMLElement | undefined;
      const text = await readStream(response, (so) => {
        if (!bubble) {
          typing.remove();
          bubble = this.addBotRow(h("div", { class: "bl-text" })).bubble;
        }
        bubble.firstElementChild!.textContent = so;
        this.scrollToEnd();
      });
      typing.remove();
      this.history.push({ role: "bot", message: textMessage(`stream-${this.history.length}`, text) });
      return text;
    } catch (error) {
      typing.remove();
      await this.logs([{ status: "error", context: "While streaming message", description: String(error) }]);
      this.showAlert("The answer could not be streamed.");
      return undefined;
    }
  }

  private async showMessage(message: ChatMessage, isFirst: boolean): Promise<RenderedBubble> {
    const typing = this.settings.typingEmulation;
    let wait: Promise<unknown> | undefined;
    if (message.type === "text") {
      const delay = typingDelay(plainText(message.content.richText) || message.content.markdown || "", typing, isFirst);
      if (delay > 0) wait = sleep(delay);
    } else if (message.type === "image" && message.content.url) {
      wait = imageLoaded(message.content.url);
    }
    if (wait) {
      const indicator = this.addTyping();
      await wait;
      indicator.remove();
    }
    this.options.preview?.onBlock?.(message.id);
    const rendered = this.addBotBubble(message, true);
    // As Typebot's embed: the next bubble (or the input) comes once this one has faded in.
    await sleep(prefersReducedMotion() ? 0 : BUBBLE_FADE_MS);
    return rendered;
  }

  private addBotBubble(message: ChatMessage, autoplay: boolean): RenderedBubble {
    const rendered = renderBubble(message, autoplay);
    const { bubble } = this.addBotRow(rendered.content);
    bubble.classList.toggle("bl-media", rendered.isMedia);
    this.history.push({ role: "bot", message });
    return rendered;
  }

  /** The avatar to show (the default host avatar when the theme names no picture), or null for none. */
  private avatar(role: "host" | "guest"): HTMLElement | null {
    const theme = this.theme;
    const avatar = role === "host" ? theme.chat?.hostAvatar : theme.chat?.guestAvatar;
    const enabled = avatar?.isEnabled ?? (role === "host" && themeDefaults(this.bot?.version).hostAvatar);
    if (!enabled) return null;
    const dynamic = role === "host" ? this.dynamicTheme?.hostAvatarUrl : this.dynamicTheme?.guestAvatarUrl;
    const src = safeUrl(dynamic || avatar?.url, "media");
    if (src) return h("img", { class: "bl-avatar", src, alt: "", "aria-hidden": "true" });
    if (role === "guest") return null;
    const fallback = h("span", { class: "bl-avatar", "aria-hidden": "true" });
    fallback.innerHTML = DEFAULT_AVATAR;
    return fallback;
  }

  /** A bot row; the host avatar moves down to the last of consecutive bot rows. */
  private addBotRow(content: Node): { row: HTMLElement; bubble: HTMLElement } {
    const bubble = h("div", { class: "bot-message typebot-host-bubble", role: "group", "aria-label": "Bot says" }, content);
    const avatar = this.avatar("host");
    const row = h("div", { class: "bl-row bl-bot" });
    if (avatar) {
      const previous = this.log.lastElementChild;
      if (previous?.classList.contains("bl-bot")) previous.querySelector(".bl-avatar")?.replaceWith(h("span", { class: "bl-avatar-slot" }));
      row.appendChild(avatar);
    }
    row.appendChild(bubble);
    this.log.appendChild(row);
    this.scrollToEnd();
    return { row, bubble };
  }

  private addGuestBubble(text: string): void {
    const row = h(
      "div",
      { class: "bl-row bl-guest" },
      h("div", { class: "guest-message typebot-guest-bubble", role: "group", "aria-label": "You said" }, text),
      this.avatar("guest"),
    );
    this.log.appendChild(row);
    this.history.push({ role: "guest", text });
    this.scrollToEnd();
  }

  private replaceLastGuestText(text: string): void {
    const bubbles = this.log.querySelectorAll(".guest-message");
    const last = bubbles[bubbles.length - 1];
    if (last) last.textContent = text;
    for (let i = this.history.length - 1; i >= 0; i--) {
      const entry = this.history[i];
      if (entry.role === "guest") {
        entry.text = text;
        break;
      }
    }
  }

  private addTyping(): HTMLElement {
    const row = h(
      "div",
      { class: "bl-row bl-bot bl-typing-row", "aria-hidden": "true" },
      this.avatar("host") ? h("span", { class: "bl-avatar-slot" }) : null,
      h("div", { class: "bl-typing typebot-host-bubble" }, h("span"), h("span"), h("span")),
    );
    this.log.appendChild(row);
    this.scrollToEnd();
    return row;
  }

  private showInput(input: ChatInput): void {
    this.input = input;
    this.options.preview?.onBlock?.(input.id);
    const hadFocus = this.hasFocus() || this.options.autoFocus();
    const view = renderInput(input, {
      submit: (message, display) => void this.answer(input, message, display),
      upload: (file, blockId) => this.upload(file, blockId),
      systemMessages: this.settings.general?.systemMessages ?? {},
    });
    this.inputSlot.replaceChildren(view);
    this.scrollToEnd();
    if (hadFocus) this.focusInput();
  }

  private async upload(file: File, blockId: string): Promise<string> {
    if (!this.sessionId) throw new Error("No session");
    const target = await this.api.generateUploadUrl({
      sessionId: this.sessionId,
      blockId,
      fileName: file.name,
      fileType: file.type,
      fileSize: file.size,
    });
    return uploadFile(target, file);
  }

  private async answer(input: ChatInput, message: OutgoingMessage | undefined, display: string | null): Promise<void> {
    const text = message?.type === "text" ? message.text : (display ?? "");
    this.options.onAnswer?.({ message: text, blockId: input.id });
    await this.send(message, display);
  }

  /** Sends a reply (shown as the visitor's bubble unless `display` is null) and shows the answer. */
  private async send(message: OutgoingMessage | undefined, display: string | null): Promise<void> {
    if (!this.sessionId || this.destroyed) return;
    const hadFocus = this.hasFocus();
    if (display !== null) this.addGuestBubble(display);
    this.inputSlot.replaceChildren();
    if (hadFocus) this.root.focus({ preventScroll: true });
    await this.request(message);
  }

  /** continueChat; the typing dots show only when the answer is slow, so fast turns don't flicker. */
  private async request(message: OutgoingMessage | undefined): Promise<void> {
    let typing: HTMLElement | undefined;
    const timer = setTimeout(() => (typing = this.addTyping()), 400);
    let chunk: ChatChunk;
    try {
      chunk = await this.api.continueChat(this.sessionId!, message);
    } catch (error) {
      await this.handleSendError(error, message);
      return;
    } finally {
      clearTimeout(timer);
      typing?.remove();
    }
    await this.process(chunk);
  }

  /** Reports a failed continueChat and offers to send the same reply again. */
  private async handleSendError(error: unknown, message: OutgoingMessage | undefined): Promise<void> {
    const status = error instanceof ApiError ? error.status : 0;
    if (status === 404 && this.restored) return this.restart();
    const detail = error instanceof Error ? error.message : String(error);
    if (status !== 0) {
      await this.logs([
        { status: "error", context: "While sending message", description: `Request failed with status code ${status}`, details: detail },
      ]);
    }
    const system = this.settings.general?.systemMessages ?? {};
    const text =
      status === 0
        ? `${system.networkErrorTitle ?? "Network error"}: ${system.networkErrorMessage ?? "check your connection and try again."}`
        : `Something went wrong: ${detail}`;
    const alert = this.showAlert(text);
    const retry = h("button", { type: "button", class: "bl-button" }, "Try again");
    retry.addEventListener("click", () => {
      alert.remove();
      void this.request(message);
    });
    alert.appendChild(retry);
    if (this.hasFocus()) retry.focus();
  }

  private showAlert(text: string): HTMLElement {
    const alert = h("div", { class: "bl-alert", role: "alert" }, h("span", {}, text));
    this.inputSlot.replaceChildren(alert);
    this.scrollToEnd();
    return alert;
  }

  private showPopupBlocked(url: string): void {
    const system = this.settings.general?.systemMessages ?? {};
    const alert = h(
      "div",
      { class: "bl-alert", role: "alert" },
      h("strong", {}, system.popupBlockedTitle ?? "Popup blocked"),
      h("span", {}, system.popupBlockedDescription ?? "The bot wants to open a new tab but it was blocked by your browser."),
      h("a", { class: "bl-button", href: url, target: "_blank", rel: "noopener noreferrer", onclick: (() => alert.remove()) as EventListener }, system.popupBlockedButtonLabel ?? "Continue in new tab"),
    );
    this.log.appendChild(alert);
    this.scrollToEnd();
  }

  private setProgress(progress: number | null | undefined): void {
    const theme = this.theme;
    if (typeof progress !== "number" || !theme.general?.progressBar?.isEnabled) return;
    this.progress = progress;
    const value = Math.round(Math.min(100, Math.max(0, progress)));
    this.progressBar.hidden = false;
    this.progressBar.setAttribute("aria-valuenow", String(value));
    (this.progressBar.firstElementChild as HTMLElement).style.width = `${value}%`;
  }

  private scrollToEnd(): void {
    requestAnimationFrame(() => {
      this.container.scrollTop = this.container.scrollHeight;
    });
  }
}

/** Typebot's default host avatar: a dark disc with a light outline of a page. */
const DEFAULT_AVATAR =
  '<svg viewBox="0 0 40 40" width="40" height="40"><circle cx="20" cy="20" r="20" fill="#1D1D1D"/><g fill="none" stroke="#fff" stroke-width="2"><rect x="13" y="12" width="14" height="17" rx="2"/><path d="M18.8 14.5l1.5 11" stroke-width="1.6"/></g></svg>';

const BUBBLE_FADE_MS = 400;
/** How long an image bubble shows the typing dots at most while its picture loads (a broken one waits this long). */
const IMAGE_LOAD_TIMEOUT_MS = 5000;

function imageLoaded(url: string): Promise<void> {
  return new Promise((resolve) => {
    const image = new Image();
    const timer = setTimeout(resolve, IMAGE_LOAD_TIMEOUT_MS);
    image.onload = () => {
      clearTimeout(timer);
      resolve();
    };
    image.src = url;
  });
}

function textMessage(id: string, text: string): ChatMessage {
  return {
    id,
    type: "text",
    content: { type: "richText", richText: text.split("\n").map((line) => ({ type: "p", children: [{ text: line }] })) },
  };
}

/** Drops the query string from the address bar (it was read as prefilled variables). */
function hideQueryParams(): void {
  const address = addressWithoutQuery(location.href);
  if (address) history.replaceState(history.state, "", address);
}
