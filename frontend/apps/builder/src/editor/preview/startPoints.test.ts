import { describe, expect, it } from "vitest";
import { decodeStart, encodeStart } from "./startPoints";

describe("start points", () => {
  it("round-trip through the select's values", () => {
    for (const start of [
      null,
      { type: "group", groupId: "g:1" },
      { type: "event", eventId: "e1" },
    ] as const) {
      expect(decodeStart(encodeStart(start))).toEqual(start);
    }
  });
});
