import { describe, expect, it } from "vitest";
import { DataStreamParser, parseLine } from "../src/stream";

describe("data stream", () => {
  it("reads text parts split anywhere across chunks", () => {
    const parser = new DataStreamParser();
    const body = '0:"Streamed "\n0:"hello "\n0:"there"\n';
    let text = "";
    for (const piece of [body.slice(0, 5), body.slice(5, 17), body.slice(17)]) text += parser.push(piece);
    text += parser.end();
    expect(text).toBe("Streamed hello there");
  });

  it("ignores non-text parts, keeps escapes and fails on error parts", () => {
    expect(parseLine('0:"a\\nb \\"q\\""')).toBe('a\nb "q"');
    expect(parseLine('d:{"finishReason":"stop"}')).toBe("");
    expect(() => parseLine('3:"boom"')).toThrow(/boom/);
  });

  it("passes a plain text body through", () => {
    const parser = new DataStreamParser();
    expect(parser.push("Hello") + parser.push(" world") + parser.end()).toBe("Hello world");
  });
});
