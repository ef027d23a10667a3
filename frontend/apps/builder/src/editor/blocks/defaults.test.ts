import { describe, expect, it } from "vitest";
import { BLOCKS } from "./registry";

describe("new logic and integration blocks", () => {
  it("start an A/B test with a path A and a path B, half of the visitors each", () => {
    const block = BLOCKS["AB test"].defaults();
    expect(block.options).toEqual({ aPercent: 50 });
    expect(block.items?.map((item) => item.path)).toEqual(["a", "b"]);
  });

  it("give every new block fresh item ids", () => {
    const [first, second] = [BLOCKS.Condition.defaults(), BLOCKS.Condition.defaults()];
    expect(first.items?.[0].id).not.toBe(second.items?.[0].id);
    expect(first.items?.[0].content).toEqual({ logicalOperator: "AND", comparisons: [] });
  });

  it("follow Typebot's defaults where the engine has them", () => {
    expect(BLOCKS.Webhook.defaults().options).toMatchObject({ webhook: { method: "POST" }, timeout: 10 });
    expect(BLOCKS.Email.defaults().options).toMatchObject({ credentialsId: "default" });
    expect(BLOCKS.Code.defaults().options).toEqual({ name: "Script", isExecutedOnClient: true });
    expect(BLOCKS.Chatwoot.defaults().options).toMatchObject({ task: "Show widget" });
    for (const type of ["Zapier", "Make.com", "Pabbly"] as const)
      expect(BLOCKS[type].defaults().options).toEqual({ webhook: { method: "POST" } });
  });
});
