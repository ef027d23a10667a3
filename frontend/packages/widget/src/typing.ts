/** Typing emulation: how long the "bot is typing" dots show before a text bubble. */
import type { TypingEmulation } from "./types";

export const TYPING_DEFAULTS = {
  enabled: true,
  speed: 400,
  maxDelay: 3,
  delayBetweenBubbles: 0,
  isDisabledOnFirstMessage: true,
} satisfies Required<TypingEmulation>;

/** Milliseconds of typing for `text`: its words at `speed` words per minute, capped at `maxDelay` s. */
export function typingDelay(text: string, settings: TypingEmulation | undefined, isFirstMessage: boolean): number {
  const s = { ...TYPING_DEFAULTS, ...stripUndefined(settings ?? {}) };
  if (!s.enabled || (isFirstMessage && s.isDisabledOnFirstMessage)) return 0;
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const count = words > 0 ? words : text.length;
  const delay = (count / Math.max(s.speed, 1)) * 60_000;
  return Math.min(delay, s.maxDelay * 1000);
}

/** Milliseconds to wait after a bubble before the next one. */
export function delayBetweenBubbles(settings: TypingEmulation | undefined): number {
  const s = { ...TYPING_DEFAULTS, ...stripUndefined(settings ?? {}) };
  return s.enabled ? Math.max(0, s.delayBetweenBubbles) * 1000 : 0;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
