/** The options `Botloom.initStandard / initPopup / initBubble` take (the same as Typebot's embed). */
import type { ChatInput, ClientLog, Theme } from "./types";

export interface AnswerEvent {
  message: string;
  blockId: string;
}

/** Where a preview starts: a group, or an event (the start event when left out). */
export type StartFrom = { type: "group"; groupId: string } | { type: "event"; eventId: string };

/**
 * Runs a bot's draft instead of its published version, as the builder's preview does: `typebot`
 * is then the bot's id (not its public id) and the chat starts through
 * `/api/v1/typebots/{typebot}/preview/startChat`, which needs the signed-in builder's cookies
 * (same origin) and its CSRF token in `headers`. A preview is never remembered.
 */
export interface PreviewOptions {
  startFrom?: StartFrom;
  /** `typebot` is the slug of a template of the builder's gallery, not a bot's id. */
  template?: boolean;
  /** Sent with the preview's start, e.g. `{ "X-CSRF-Token": token }`. */
  headers?: Record<string, string>;
  /** Each turn's logs: the server's (integration errors) and the widget's own client logs. */
  onLogs?: (logs: ClientLog[]) => void;
  /** The block the chat has reached: each bubble's, then the input's. */
  onBlock?: (blockId: string) => void;
}

export interface BotOptions {
  /** The bot's public id (its id with `preview`). */
  typebot: string;
  /** Run the draft through the preview route (the builder's preview pane). */
  preview?: PreviewOptions;
  /** Where the chat API lives; defaults to the origin the widget script came from. */
  apiHost?: string;
  prefilledVariables?: Record<string, unknown>;
  resultId?: string;
  /** Overrides of the bot's theme (general, chat, customCss) plus embed styles (button, …). */
  theme?: EmbedTheme;
  /** Id of an existing `<botloom-standard>` element to render into. */
  id?: string;
  onInit?: () => void;
  onAnswer?: (answer: AnswerEvent) => void;
  onEnd?: () => void;
  onNewInputBlock?: (input: ChatInput) => void;
}

export interface PreviewMessageOptions {
  message: string;
  avatarUrl?: string;
  autoShowDelay?: number;
}

export interface EmbedTheme extends Theme {
  placement?: "left" | "right";
  button?: {
    backgroundColor?: string;
    iconColor?: string;
    customIconSrc?: string;
    customCloseIconSrc?: string;
    size?: "medium" | "large" | `${number}px`;
  };
  previewMessage?: {
    backgroundColor?: string;
    textColor?: string;
    closeButtonBackgroundColor?: string;
    closeButtonIconColor?: string;
  };
  chatWindow?: { backgroundColor?: string; maxWidth?: string; maxHeight?: string };
  width?: string;
  backgroundColor?: string;
  zIndex?: number;
}

export interface PopupOptions extends BotOptions {
  autoShowDelay?: number;
  defaultOpen?: boolean;
  isOpen?: boolean;
  onOpen?: () => void;
  onClose?: () => void;
}

export interface BubbleOptions extends PopupOptions {
  previewMessage?: PreviewMessageOptions;
  onPreviewMessageClick?: () => void;
  onPreviewMessageDismissed?: () => void;
}

/** Checks the required options and fills the defaults; throws with the option's name when wrong. */
export function normalizeOptions<T extends BotOptions>(raw: T, scriptOrigin: string): T & { apiHost: string } {
  if (!raw || typeof raw !== "object") throw new TypeError("Botloom: options must be an object");
  if (typeof raw.typebot !== "string" || raw.typebot.trim() === "") {
    throw new TypeError("Botloom: `typebot` must be the bot's public id");
  }
  if (raw.apiHost !== undefined && typeof raw.apiHost !== "string") {
    throw new TypeError("Botloom: `apiHost` must be a URL");
  }
  return { ...raw, typebot: raw.typebot.trim(), apiHost: normalizeApiHost(raw.apiHost, scriptOrigin) };
}

/** The API base without a trailing slash (Typebot's embed would build `//api` from one). */
export function normalizeApiHost(apiHost: string | undefined, scriptOrigin: string): string {
  const host = (apiHost ?? "").trim() || scriptOrigin;
  return host.replace(/\/+$/, "");
}

/** The host page's query parameters, as prefilled variables. */
export function queryParamVariables(search: string): Record<string, string> {
  const out: Record<string, string> = {};
  new URLSearchParams(search).forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

/**
 * The page's address without its query string, for bots that hide it once read (Typebot's
 * `isHideQueryParamsEnabled`: tokens or emails passed as prefilled variables should not stay
 * in the address bar, the history or a shared link); `null` when there is none to hide.
 */
export function addressWithoutQuery(href: string): string | null {
  const url = new URL(href);
  if (!url.search) return null;
  url.search = "";
  return url.href;
}

/** Prefilled variables: the page's query parameters, overridden by the ones given in options. */
export function prefilledVariables(
  search: string,
  ...given: (Record<string, unknown> | undefined)[]
): Record<string, unknown> {
  return Object.assign(queryParamVariables(search), ...given.filter(Boolean));
}

/** The bot's theme with the embedder's overrides merged in, key by key. */
export function mergeTheme(base: Theme, override: Theme | undefined): Theme {
  if (!override) return base;
  return deepMerge(base, { general: override.general, chat: override.chat, customCss: override.customCss }) as Theme;
}

function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = deepMerge(base[key], value);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
