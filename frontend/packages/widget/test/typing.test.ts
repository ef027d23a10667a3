import { describe, expect, it } from "vitest";
import { delayBetweenBubbles, typingDelay } from "../src/typing";

describe("typing emulation", () => {
  it("takes words at the bot's speed, capped at maxDelay", () => {
    const ten = "one two three four five six seven eight nine ten";
    expect(typingDelay(ten, { speed: 600 }, false)).toBe(1000);
    expect(typingDelay(ten, { speed: 60, maxDelay: 2 }, false)).toBe(2000);
    expect(typingDelay(ten, undefined, false)).toBe(1500);
  });

  it("skips the first message and disabled emulation", () => {
    expect(typingDelay("hello there", {}, true)).toBe(0);
    expect(typingDelay("hello there", { isDisabledOnFirstMessage: false }, true)).toBeGreaterThan(0);
    expect(typingDelay("hello there", { enabled: false }, false)).toBe(0);
  });

  it("waits between bubbles only when asked", () => {
    expect(delayBetweenBubbles({ delayBetweenBubbles: 1.5 })).toBe(1500);
    expect(delayBetweenBubbles({})).toBe(0);
  });
});
