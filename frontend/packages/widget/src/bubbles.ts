/** The bot's messages (bubbles) as DOM. */
import { h, safeUrl } from "./dom";
import { videoEmbedUrl } from "./media";
import { mountTree, richTextToTree } from "./richtext";
import type { ChatMessage, FunctionToExecute, OutgoingMessage } from "./types";

export interface RenderedBubble {
  /** The content to put in the `.bot-message` element. */
  content: Node;
  /** Media bubbles get a tighter frame. */
  isMedia: boolean;
  /**
   * For bubbles the bot waits on (embed with wait-for-event, custom embed): resolves with the
   * reply to send (or undefined for none) once the page says so.
   */
  waitFor?: () => Promise<OutgoingMessage | undefined>;
}

/** Runs bot-provided code with named arguments (Typebot's script semantics). */
export function runFunction(fn: FunctionToExecute, extra: Record<string, unknown> = {}): Promise<unknown> {
  const args = { ...fn.args, ...extra };
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...params: string[]
  ) => (...values: unknown[]) => Promise<unknown>;
  return new AsyncFunction(...Object.keys(args), fn.content)(...Object.values(args));
}

/**
 * Embeds keep what players and forms need (scripts, their own origin's storage, popups such as "Watch on
 * YouTube", forms) but cannot navigate the host page. Scripts plus same-origin is only safe because
 * embeds are other sites: a same-origin frame could lift its own sandbox.
 */
const FRAME_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-forms allow-presentation";

function size(value: number | string | undefined, fallback: number): string {
  if (value === undefined || value === "") return `${fallback}px`;
  return typeof value === "number" || /^\d+$/.test(value) ? `${value}px` : value;
}

/** DOM for one message; `autoplay` is off when a chat is restored. */
export function renderBubble(message: ChatMessage, autoplay: boolean): RenderedBubble {
  switch (message.type) {
    case "text": {
      const c = message.content;
      const nodes = c.richText ? mountTree(richTextToTree(c.richText)) : [document.createTextNode(c.markdown ?? "")];
      const div = h("div", { class: "bl-text" }, nodes);
      return { content: div, isMedia: false };
    }
    case "image": {
      const src = safeUrl(message.content.url, "media");
      const alt = message.content.clickLink?.alt || "Bubble image";
      const img = h("img", { src, alt, loading: "lazy" });
      const link = safeUrl(message.content.clickLink?.url);
      const content = link ? h("a", { href: link, target: "_blank", rel: "noopener noreferrer" }, img) : img;
      return { content, isMedia: true };
    }
    case "video": {
      const c = message.content;
      const embed = safeUrl(videoEmbedUrl(c), "frame");
      const style = `max-width:${c.maxWidth ?? "100%"};width:100%;${c.aspectRatio ? `aspect-ratio:${c.aspectRatio}` : `height:${size(c.height, 400)}`}`;
      if (embed) {
        return {
          content: h("iframe", {
            src: embed,
            title: "Video",
            sandbox: FRAME_SANDBOX,
            referrerpolicy: "strict-origin-when-cross-origin",
            style,
            allow: "autoplay; fullscreen; picture-in-picture; encrypted-media",
          }),
          isMedia: true,
        };
      }
      const video = h("video", {
        src: safeUrl(c.url, "media"),
        controls: c.areControlsDisplayed !== false,
        autoplay: autoplay && c.isAutoplayEnabled === true,
        playsinline: true,
        "aria-label": "Video",
        style: c.aspectRatio ? style : `max-width:${c.maxWidth ?? "100%"};width:100%`,
      });
      return { content: video, isMedia: true };
    }
    case "audio": {
      const audio = h("audio", {
        src: safeUrl(message.content.url, "media"),
        controls: true,
        autoplay: autoplay && message.content.isAutoplayEnabled !== false,
        "aria-label": "Audio message",
      });
      return { content: audio, isMedia: true };
    }
    case "embed": {
      const c = message.content;
      const frame = h("iframe", {
        src: safeUrl(c.url, "frame"),
        title: "Embedded content",
        sandbox: FRAME_SANDBOX,
        referrerpolicy: "strict-origin-when-cross-origin",
        style: `height:${size(c.height, 400)}`,
        allow: "fullscreen; clipboard-write",
      });
      const wait = c.waitForEvent;
      const waitFor = wait?.isEnabled && wait.name ? () => waitForFrameEvent(frame, wait.name!) : undefined;
      return { content: frame, isMedia: true, waitFor };
    }
    case "custom-embed": {
      const c = message.content;
      const container = h("div", { class: "bl-custom-embed", style: "width:100%;min-height:100px" });
      const waitFor = async (): Promise<OutgoingMessage | undefined> => {
        await runFunction(c.initFunction, { typebotElement: container });
        if (!c.waitForEventFunction) return undefined;
        const fn = c.waitForEventFunction;
        return new Promise((resolve) => {
          const continueFlow = (text?: unknown) =>
            resolve(text === undefined ? undefined : { type: "text", text: String(text) });
          void runFunction(fn, { continueFlow });
        });
      };
      return { content: container, isMedia: true, waitFor };
    }
    default:
      return { content: document.createTextNode(""), isMedia: false };
  }
}

/**
 * Resolves with the data of the first `postMessage` named `name` (`{name, data}` or the bare name)
 * that the embed's own frame sent; messages from any other window are ignored.
 */
export function waitForFrameEvent(
  frame: Pick<HTMLIFrameElement, "contentWindow">,
  name: string,
  target: Pick<Window, "addEventListener" | "removeEventListener"> = window,
): Promise<OutgoingMessage | undefined> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if (!event.source || event.source !== frame.contentWindow) return;
      const data = event.data as unknown;
      const matches = data === name || (typeof data === "object" && data !== null && (data as { name?: unknown }).name === name);
      if (!matches) return;
      target.removeEventListener("message", listener);
      const payload = typeof data === "object" ? (data as { data?: unknown }).data : undefined;
      if (payload === undefined) return resolve(undefined);
      resolve({ type: "text", text: typeof payload === "string" ? payload : JSON.stringify(payload) });
    };
    target.addEventListener("message", listener);
  });
}
