import { describe, expect, it } from "vitest";
import { applyAppearance, parseAppearance } from "./appearance";

/** The two methods `applyAppearance` uses, on a plain object. */
function fakeRoot() {
  const attributes = new Map<string, string>();
  return {
    attributes,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  };
}

describe("appearance", () => {
  it("reads a stored choice, anything else being the system's", () => {
    expect(parseAppearance("dark")).toBe("dark");
    expect(parseAppearance("light")).toBe("light");
    expect(parseAppearance("sepia")).toBe("system");
    expect(parseAppearance(null)).toBe("system");
  });
  it("marks the root with a chosen appearance and clears it for the system's", () => {
    const root = fakeRoot();
    applyAppearance("dark", root as unknown as HTMLElement);
    expect(root.attributes.get("data-theme")).toBe("dark");
    applyAppearance("system", root as unknown as HTMLElement);
    expect(root.attributes.has("data-theme")).toBe(false);
  });
});
