/**
 * Reading a streamed answer: the Vercel AI SDK data-stream protocol (`0:"chunk"\n` lines),
 * or plain text when the body does not use it.
 */

/** Splits a byte stream into text chunks as they arrive. */
export class DataStreamParser {
  private buffer = "";
  private mode: "unknown" | "protocol" | "plain" = "unknown";

  /** The text carried by the next piece of the body. */
  push(piece: string): string {
    if (this.mode === "plain") return piece;
    this.buffer += piece;
    if (this.mode === "unknown") {
      if (this.buffer.length < 2 && !this.buffer.includes("\n")) return "";
      this.mode = /^[0-9a-z]:/.test(this.buffer) ? "protocol" : "plain";
      if (this.mode === "plain") {
        const text = this.buffer;
        this.buffer = "";
        return text;
      }
    }
    const lines = this.buffer.split("\n");
    this.buffer = lines.pop() ?? "";
    return lines.map(parseLine).join("");
  }

  /** The text left in the buffer when the body ends. */
  end(): string {
    const rest = this.buffer;
    this.buffer = "";
    if (this.mode === "protocol") return parseLine(rest);
    return rest;
  }
}

/** The text of one protocol line; only type `0` (text) carries text, `3` is an error. */
export function parseLine(line: string): string {
  const match = /^([0-9a-z]):(.*)$/s.exec(line.trim());
  if (!match) return "";
  const [, kind, payload] = match;
  if (kind === "3") throw new Error(`Stream error: ${safeJson(payload)}`);
  if (kind !== "0") return "";
  const value = safeJson(payload);
  return typeof value === "string" ? value : "";
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Reads a streamed response to its end, calling `onText` with the text so far. */
export async function readStream(response: Response, onText: (text: string) => void): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const parser = new DataStreamParser();
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const chunk = parser.push(decoder.decode(value, { stream: true }));
    if (chunk) {
      text += chunk;
      onText(text);
    }
  }
  const rest = parser.push(decoder.decode()) + parser.end();
  if (rest) {
    text += rest;
    onText(text);
  }
  return text;
}
