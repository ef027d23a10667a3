/** The chat API calls the widget makes, all on `apiHost`, as Typebot's embed makes them. */
import type { PreviewOptions } from "./options";
import type { ChatChunk, ClientLog, OutgoingMessage, StartChatResponse } from "./types";

/** A failed API call; `status` is 0 when the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface StartChatBody {
  prefilledVariables?: Record<string, unknown>;
  resultId?: string;
  isStreamEnabled: boolean;
  textBubbleContentFormat: "richText";
}

export interface UploadUrl {
  presignedUrl: string;
  formData?: Record<string, string>;
  fileUrl: string;
}

/** Opens a server-sent events stream (the browser's `EventSource`, replaced in tests). */
export type EventSourceFactory = (url: string) => Pick<EventSource, "addEventListener" | "close" | "readyState">;

export class ChatApi {
  constructor(readonly apiHost: string) {}

  startChat(publicId: string, body: StartChatBody): Promise<StartChatResponse> {
    return this.post(`/api/v1/typebots/${encodeURIComponent(publicId)}/startChat`, body);
  }

  /** Starts a chat with the bot's draft, or a gallery template (the builder's previews). */
  startPreviewChat(typebotId: string, preview: PreviewOptions, body: StartChatBody): Promise<StartChatResponse> {
    const collection = preview.template ? "templates" : "typebots";
    const path = `/api/v1/${collection}/${encodeURIComponent(typebotId)}/preview/startChat`;
    return this.post(path, { ...body, startFrom: preview.startFrom }, preview.headers);
  }

  continueChat(sessionId: string, message?: OutgoingMessage): Promise<ChatChunk> {
    const body = message ? { message, textBubbleContentFormat: "richText" } : { textBubbleContentFormat: "richText" };
    return this.post(`/api/v1/sessions/${encodeURIComponent(sessionId)}/continueChat`, body);
  }

  /** Reports client-side failures to the bot's logs; never throws. */
  async sendLogs(sessionId: string, clientLogs: ClientLog[]): Promise<void> {
    try {
      await this.post(`/api/v2/sessions/${encodeURIComponent(sessionId)}/clientLogs`, { clientLogs });
    } catch {
      // Logging must not break the chat.
    }
  }

  /** Opens the streamed answer of a `stream` / `streamOpenAiChatCompletion` action. */
  async streamMessage(sessionId: string, body: object): Promise<Response> {
    const response = await this.fetch(`/api/v2/sessions/${encodeURIComponent(sessionId)}/streamMessage`, body);
    if (!response.ok || !response.body) throw new ApiError(response.status, await errorMessage(response));
    return response;
  }

  /**
   * Waits for the webhook the chat listens to (a `listenForWebhook` action's `listenId`) and
   * resolves with the turn it resumed. Server-sent events: the browser reconnects by itself
   * after a network blip, and the server re-checks the session on each connection.
   */
  webhookEvent(sessionId: string, listenId: number, source: EventSourceFactory = (url) => new EventSource(url)): Promise<ChatChunk> {
    const url = `${this.apiHost}/api/v1/sessions/${encodeURIComponent(sessionId)}/webhookEvents?listenId=${listenId}`;
    return new Promise((resolve, reject) => {
      const events = source(url);
      events.addEventListener("webhook", (event) => {
        events.close();
        resolve(JSON.parse((event as MessageEvent<string>).data) as ChatChunk);
      });
      events.addEventListener("error", () => {
        // CLOSED: the server refused the wait (the chat went on another way); else it retries.
        if (events.readyState === 2) reject(new ApiError(0, "The webhook can no longer be waited for"));
      });
    });
  }

  generateUploadUrl(body: {
    sessionId: string;
    blockId: string;
    fileName: string;
    fileType: string;
    fileSize: number;
  }): Promise<UploadUrl> {
    return this.post("/api/v3/generate-upload-url", body);
  }

  private async fetch(path: string, body: object, headers?: Record<string, string>): Promise<Response> {
    try {
      return await fetch(this.apiHost + path, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", ...iframeHeader(), ...headers },
        body: JSON.stringify(body),
      });
    } catch (error) {
      throw new ApiError(0, error instanceof Error ? error.message : String(error));
    }
  }

  private async post<T>(path: string, body: object, headers?: Record<string, string>): Promise<T> {
    const response = await this.fetch(path, body, headers);
    if (!response.ok) throw new ApiError(response.status, await errorMessage(response));
    return (await response.json()) as T;
  }
}

/**
 * Inside a frame, the embedding page's origin, so that a bot's allowed origins can be checked
 * (the request's own Origin is then the frame's); the header Typebot's embed sends.
 */
function iframeHeader(): Record<string, string> {
  try {
    if (window.parent === window || !document.referrer) return {};
    return { "x-typebot-iframe-referrer-origin": new URL(document.referrer).origin };
  } catch {
    return {};
  }
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const data = (await response.json()) as { message?: unknown };
    if (typeof data.message === "string") return data.message;
  } catch {
    // Not JSON: fall back to the status text.
  }
  return response.statusText || `HTTP ${response.status}`;
}

/** Uploads a file where generate-upload-url said: a POST form when it gave fields, else a PUT. */
export async function uploadFile(target: UploadUrl, file: File): Promise<string> {
  let response: Response;
  if (target.formData && Object.keys(target.formData).length > 0) {
    const form = new FormData();
    for (const [key, value] of Object.entries(target.formData)) form.append(key, value);
    form.append("file", file);
    response = await fetch(target.presignedUrl, { method: "POST", body: form });
  } else {
    response = await fetch(target.presignedUrl, {
      method: "PUT",
      body: file,
      headers: file.type ? { "content-type": file.type } : {},
    });
  }
  if (!response.ok) throw new ApiError(response.status, response.statusText || "Upload failed");
  return target.fileUrl;
}
