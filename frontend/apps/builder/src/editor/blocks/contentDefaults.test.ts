import { describe, expect, it } from "vitest";
import { BLOCKS } from "./registry";

const CONTENT = Object.values(BLOCKS).filter(({ family }) => family === "bubble" || family === "input");

describe("bubble and input defaults", () => {
  it("covers the 18 bubble and input types", () => {
    expect(CONTENT).toHaveLength(18);
  });

  it.each(CONTENT.map((definition) => [definition.type, definition] as const))(
    "%s: a new block has what its outlets need, with fresh item ids",
    (_type, definition) => {
      const first = definition.defaults();
      const second = definition.defaults();
      if (definition.outlets === "block") expect(first.items).toBeUndefined();
      else {
        expect(first.items?.length).toBe(1);
        expect(first.items?.[0].id).not.toBe(second.items?.[0].id);
      }
      expect(first).not.toBe(second);
    },
  );

  it("starts a card with one button of its own", () => {
    const [card] = BLOCKS.cards.defaults().items ?? [];
    expect(card.paths).toEqual([{ id: expect.stringMatching(/^[a-z][a-z0-9]{23}$/), text: "Select" }]);
  });

  it("asks for a Stripe payment", () => {
    expect(BLOCKS["payment input"].defaults().options).toEqual({ provider: "Stripe" });
  });
});
