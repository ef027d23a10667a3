import { describe, expect, it } from "vitest";
import { ApiError, ChatApi, type EventSourceFactory } from "../src/api";

/** A stand-in EventSource: records its URL and lets the test fire its events. */
class FakeSource {
  readyState = 1;
  closed = false;
  private listeners = new Map<string, ((event: Event) => void)[]>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close(): void {
    this.closed = true;
    this.readyState = 2;
  }
  fire(type: string, event: Event): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

function opener(): { factory: EventSourceFactory; sources: FakeSource[] } {
  const sources: FakeSource[] = [];
  const factory = ((url: string) => {
    const source = new FakeSource(url);
    sources.push(source);
    return source;
  }) as unknown as EventSourceFactory;
  return { factory, sources };
}

describe("webhook listener", () => {
  it("waits on the session's stream and resolves with the resumed turn", async () => {
    const { factory, sources } = opener();
    const waiting = new ChatApi("https://bots.example").webhookEvent("s 1", 3, factory);
    expect(sources[0].url).toBe("https://bots.example/api/v1/sessions/s%201/webhookEvents?listenId=3");
    // A dropped connection the browser will retry is not the end of the wait.
    sources[0].fire("error", new Event("error"));
    const turn = { messages: [{ id: "b2", type: "text", content: { type: "markdown", markdown: "Paid" } }] };
    sources[0].fire("webhook", new MessageEvent("webhook", { data: JSON.stringify(turn) }));
    await expect(waiting).resolves.toEqual(turn);
    expect(sources[0].closed).toBe(true);
  });

  it("gives up when the server refuses the wait", async () => {
    const { factory, sources } = opener();
    const waiting = new ChatApi("").webhookEvent("s", 1, factory);
    sources[0].readyState = 2;
    sources[0].fire("error", new Event("error"));
    await expect(waiting).rejects.toBeInstanceOf(ApiError);
  });
});
