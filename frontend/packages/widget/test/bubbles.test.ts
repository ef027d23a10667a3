import { describe, expect, it } from "vitest";
import { waitForFrameEvent } from "../src/bubbles";

function post(target: EventTarget, source: MessagePort | null, data: unknown): void {
  target.dispatchEvent(new MessageEvent("message", { data, source }));
}

describe("waitForFrameEvent", () => {
  it("answers only the embed's own frame, with Typebot's {name, data} shape", async () => {
    const target = new EventTarget();
    const own = new MessageChannel();
    const other = new MessageChannel();
    const frame = { contentWindow: own.port1 as unknown as Window };
    const outcomes: unknown[] = [];
    const reply = waitForFrameEvent(frame, "done", target).then((value) => outcomes.push(value));

    post(target, other.port1, { name: "done", data: "forged" });
    post(target, null, { name: "done", data: "forged" });
    post(target, own.port1, { name: "other", data: "ignored" });
    await Promise.resolve();
    expect(outcomes).toEqual([]);

    post(target, own.port1, { name: "done", data: { ok: true } });
    await reply;
    expect(outcomes).toEqual([{ type: "text", text: '{"ok":true}' }]);
    own.port1.close();
    other.port1.close();
  });

  it("resolves without a reply for the bare event name", async () => {
    const target = new EventTarget();
    const own = new MessageChannel();
    const reply = waitForFrameEvent({ contentWindow: own.port1 as unknown as Window }, "done", target);
    post(target, own.port1, "done");
    await expect(reply).resolves.toBeUndefined();
    own.port1.close();
  });
});
