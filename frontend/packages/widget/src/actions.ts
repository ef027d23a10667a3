/** Client-side actions other than streaming: what the bot asks the visitor's page to do. */
import { runFunction } from "./bubbles";
import { safeUrl, sleep } from "./dom";
import type { ClientLog, ClientSideAction, OutgoingMessage, ScriptToExecute } from "./types";

export interface ActionOutcome {
  /** The reply to send when the action expects a dedicated reply (undefined: no message). */
  reply?: OutgoingMessage;
  logs?: ClientLog[];
}

export interface ActionHost {
  /** Called when a new-tab redirect was blocked, so the visitor can open it by hand. */
  onPopupBlocked(url: string): void;
}

type Win = Window & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void; fbq?: FbQueue; _fbq?: FbQueue };
type FbQueue = ((...args: unknown[]) => void) & { queue?: unknown[]; loaded?: boolean; version?: string; push?: unknown; callMethod?: (...args: unknown[]) => void };

/** Runs a script action: its args become named parameters, `{{var}}` ids their values. */
export function runScript(script: ScriptToExecute): Promise<unknown> {
  const args = Object.fromEntries((script.args ?? []).map((arg) => [arg.id, arg.value]));
  return runFunction({ args, content: script.content });
}

/** The text a script's result is sent back as: strings as they are, anything else as JSON. */
export function replyText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

function failure(context: string, error: unknown): ActionOutcome {
  return {
    logs: [{ status: "error", context, description: error instanceof Error ? error.message : String(error) }],
  };
}

/** Runs one action. */
export async function runAction(action: ClientSideAction, host: ActionHost): Promise<ActionOutcome> {
  try {
    switch (action.type) {
      case "scriptToExecute":
        await runScript(action.scriptToExecute);
        return {};
      case "chatwoot":
        await runScript(action.chatwoot.scriptToExecute);
        return {};
      case "setVariable": {
        const text = replyText(await runScript(action.setVariable.scriptToExecute));
        return { reply: text === undefined ? undefined : { type: "text", text } };
      }
      case "codeToExecute": {
        const text = replyText(await runFunction(action.codeToExecute));
        return { reply: text === undefined ? undefined : { type: "text", text } };
      }
      case "redirect":
        return redirect(action.redirect, host);
      case "wait":
        await sleep(Number(action.wait?.secondsToWaitFor ?? 0) * 1000);
        return {};
      case "httpRequestToExecute":
        return { reply: { type: "text", text: await httpRequest(action.httpRequestToExecute) } };
      case "googleAnalytics":
        googleAnalytics(action.googleAnalytics);
        return {};
      case "pixel":
        pixel(action.pixel);
        return {};
      case "startPropsToInject":
        injectStartProps(action.startPropsToInject);
        return {};
      default:
        return { logs: [{ status: "info", context: "Client-side action", description: `Unsupported action ${action.type}` }] };
    }
  } catch (error) {
    return failure(`While executing ${action.type}`, error);
  }
}

function redirect(options: { url?: string; isNewTab?: boolean }, host: ActionHost): ActionOutcome {
  if (!options?.url) return {};
  // The URL may hold visitor-supplied variables: a `javascript:` one would run on the host page.
  const url = safeUrl(options.url, "link");
  if (!url) return { logs: [{ status: "error", context: "Redirect", description: "The URL's scheme is not allowed" }] };
  if (options.isNewTab) {
    // Not the "noopener" feature: with it window.open always returns null and a block can't be told.
    const opened = window.open(url, "_blank");
    if (opened) opened.opener = null;
    else host.onPopupBlocked(url);
    return {};
  }
  window.location.href = url;
  return {};
}

async function httpRequest(request: { url: string; method?: string; headers?: Record<string, string>; body?: unknown }): Promise<string> {
  try {
    const method = request.method ?? "POST";
    const response = await fetch(request.url, {
      method,
      headers: request.headers,
      body: method === "GET" || request.body === undefined || request.body === null ? undefined : typeof request.body === "string" ? request.body : JSON.stringify(request.body),
    });
    const text = await response.text();
    let data: unknown = text;
    try {
      data = JSON.parse(text);
    } catch {
      // Not JSON: keep the text.
    }
    return JSON.stringify({ statusCode: response.status, data });
  } catch (error) {
    return JSON.stringify({ statusCode: 500, data: error instanceof Error ? error.message : String(error) });
  }
}

function loadScript(src: string): void {
  if (document.querySelector(`script[src="${CSS.escape(src)}"]`)) return;
  const script = document.createElement("script");
  script.async = true;
  script.src = src;
  document.head.appendChild(script);
}

function gtag(): (...args: unknown[]) => void {
  const w = window as Win;
  w.dataLayer = w.dataLayer ?? [];
  if (!w.gtag) {
    w.gtag = function gtag() {
      // gtag.js reads the `arguments` object itself, so it is pushed as is.
      w.dataLayer!.push(arguments);
    };
    w.gtag("js", new Date());
  }
  return w.gtag;
}

function initGoogleAnalytics(trackingId: string): void {
  loadScript(`https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(trackingId)}`);
  gtag()("config", trackingId);
}

function googleAnalytics(options: {
  trackingId?: string;
  category?: string;
  action?: string;
  label?: string;
  value?: number | string;
  sendTo?: string;
}): void {
  if (!options?.trackingId) return;
  initGoogleAnalytics(options.trackingId);
  gtag()("event", options.action ?? "", {
    event_category: options.category,
    event_label: options.label,
    value: options.value === undefined || options.value === "" ? undefined : Number(options.value),
    send_to: options.sendTo,
  });
}

function fbq(): FbQueue {
  const w = window as Win;
  if (!w.fbq) {
    const queue: FbQueue = function (...args: unknown[]) {
      if (queue.callMethod) queue.callMethod(...args);
      else queue.queue!.push(args);
    };
    queue.queue = [];
    queue.loaded = true;
    queue.version = "2.0";
    queue.push = queue;
    w.fbq = w._fbq = queue;
    loadScript("https://connect.facebook.net/en_US/fbevents.js");
  }
  return w.fbq;
}

function pixel(options: { pixelId?: string; isInitSkip?: boolean; eventType?: string; name?: string; params?: { key?: string; value?: unknown }[] }): void {
  if (!options?.pixelId) return;
  const track = fbq();
  if (!options.isInitSkip) track("init", options.pixelId);
  const params = Object.fromEntries((options.params ?? []).filter((p) => p.key).map((p) => [p.key, p.value]));
  if (options.eventType === "Custom") track("trackSingleCustom", options.pixelId, options.name ?? "", params);
  else if (options.eventType) track("trackSingle", options.pixelId, options.eventType, params);
  else track("trackSingle", options.pixelId, "PageView");
}

function injectStartProps(props: { googleAnalyticsId?: string; pixelIds?: string[]; gtmId?: string; customHeadCode?: string }): void {
  if (!props) return;
  if (props.googleAnalyticsId) initGoogleAnalytics(props.googleAnalyticsId);
  for (const pixelId of props.pixelIds ?? []) pixel({ pixelId });
  if (props.gtmId) {
    const w = window as Win;
    w.dataLayer = w.dataLayer ?? [];
    w.dataLayer.push({ "gtm.start": Date.now(), event: "gtm.js" });
    loadScript(`https://www.googletagmanager.com/gtm.js?id=${encodeURIComponent(props.gtmId)}`);
  }
  if (props.customHeadCode) injectHeadCode(props.customHeadCode);
}

/** Adds the bot's custom head code; scripts are re-created so that they run. */
function injectHeadCode(code: string): void {
  const template = document.createElement("template");
  template.innerHTML = code;
  for (const node of Array.from(template.content.childNodes)) {
    if (node instanceof HTMLScriptElement) {
      const script = document.createElement("script");
      for (const attr of Array.from(node.attributes)) script.setAttribute(attr.name, attr.value);
      script.textContent = node.textContent;
      document.head.appendChild(script);
    } else document.head.appendChild(node);
  }
}
