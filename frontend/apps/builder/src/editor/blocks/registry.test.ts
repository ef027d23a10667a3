import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BLOCKS } from "./registry";

const openapi = JSON.parse(
  readFileSync(new URL("../../../../../packages/api-client/openapi.json", import.meta.url), "utf8"),
);

describe("block registry", () => {
  it("lists exactly the engine's block types", () => {
    const engineTypes: string[] = openapi.components.schemas.BlockType.enum;
    expect(Object.keys(BLOCKS).sort()).toEqual([...engineTypes].sort());
  });

  it("registers each definition under its own type", () => {
    for (const [type, definition] of Object.entries(BLOCKS)) expect(definition.type).toBe(type);
  });

  it("gives new items fresh ids every time", () => {
    const first = BLOCKS["choice input"].defaults().items?.[0]?.id;
    const second = BLOCKS["choice input"].defaults().items?.[0]?.id;
    expect(first).toBeTruthy();
    expect(first).not.toBe(second);
  });
});
