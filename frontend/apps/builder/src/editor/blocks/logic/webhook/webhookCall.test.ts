import { describe, expect, it } from "vitest";
import { curlCommand, exampleBody, parseTestBody, webhookUrl } from "./webhookCall";

describe("webhook call", () => {
  it("names the bot and the block, the result id left to fill in", () => {
    expect(webhookUrl("https://bots.example.com", "bot1", "wh")).toBe(
      "https://bots.example.com/api/v1/typebots/bot1/blocks/wh/results/{resultId}/executeWebhook",
    );
    expect(webhookUrl("https://b.example", "a b", "c/d", "r1")).toBe(
      "https://b.example/api/v1/typebots/a%20b/blocks/c%2Fd/results/r1/executeWebhook",
    );
  });

  it("gives a curl command that posts the body as JSON, the result id from $RESULT_ID", () => {
    const command = curlCommand("https://b.example", "bot1", "wh", '{\n  "order": { "id": "A-42" }\n}');
    expect(command).toBe(
      [
        'curl -X POST "https://b.example/api/v1/typebots/bot1/blocks/wh/results/$RESULT_ID/executeWebhook" \\',
        '  -H "Content-Type: application/json" \\',
        `  -d '{"order":{"id":"A-42"}}'`,
      ].join("\n"),
    );
  });

  it("quotes single quotes of the body for the shell", () => {
    expect(curlCommand("https://b.example", "b", "w", '{"name": "O\'Brien"}')).toContain(
      `-d '{"name":"O'\\''Brien"}'`,
    );
  });

  it("keeps a body that is not JSON as it is", () => {
    expect(curlCommand("https://b.example", "b", "w", " not json ")).toContain("-d 'not json'");
  });

  it("makes an example body from the mapping's simple paths", () => {
    expect(JSON.parse(exampleBody(["data.order.id", "data.order.total", "data.name"]))).toEqual({
      order: { id: "value", total: "value" },
      name: "value",
    });
    expect(JSON.parse(exampleBody(["data.order", "data.order.id"]))).toEqual({ order: { id: "value" } });
    expect(JSON.parse(exampleBody(["data.order.id", "data.order"]))).toEqual({ order: { id: "value" } });
    expect(exampleBody(["data.items[0].name", "statusCode", "data", undefined, 3])).toBe("{}");
    expect(exampleBody([])).toBe("{}");
  });

  it("reads a test body: blank is no body, else JSON", () => {
    expect(parseTestBody("  ")).toBeUndefined();
    expect(parseTestBody('{"a": 1}')).toEqual({ a: 1 });
    expect(() => parseTestBody("{a: 1}")).toThrow();
  });
});
