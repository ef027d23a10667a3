import { afterEach, describe, expect, it, vi } from "vitest";
import { ChatApi } from "../src/api";

afterEach(() => vi.unstubAllGlobals());

describe("preview start", () => {
  it("posts to the draft's preview route with the start point and the builder's headers", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ sessionId: "s", messages: [], typebot: {} })));
    vi.stubGlobal("fetch", fetch);
    const api = new ChatApi("https://builder.example");
    await api.startPreviewChat(
      "bot 1",
      { startFrom: { type: "group", groupId: "g1" }, headers: { "X-CSRF-Token": "t" } },
      { isStreamEnabled: true, textBubbleContentFormat: "richText" },
    );
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("https://builder.example/api/v1/typebots/bot%201/preview/startChat");
    expect((init.headers as Record<string, string>)["X-CSRF-Token"]).toBe("t");
    expect(JSON.parse(String(init.body))).toEqual({
      isStreamEnabled: true,
      textBubbleContentFormat: "richText",
      startFrom: { type: "group", groupId: "g1" },
    });
  });
});
