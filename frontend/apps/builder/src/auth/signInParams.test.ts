import { describe, expect, it } from "vitest";
import { failureOf, safeNext } from "./signInParams";

describe("safeNext", () => {
  it("keeps a path of this app", () => {
    expect(safeNext("/folders/f1?x=1")).toBe("/folders/f1?x=1");
  });
  it.each([null, "", "https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)"])(
    "sends %s to the dashboard instead",
    (value) => {
      expect(safeNext(value)).toBe("/typebots");
    },
  );
});

describe("failureOf", () => {
  it("is nothing without an error", () => {
    expect(failureOf(null)).toBeNull();
  });
  it.each(["invalid-link", "used-link", "expired-link", "signup-disabled"])("knows %s", (reason) => {
    expect(failureOf(reason)).toBe(reason);
  });
  it("says something went wrong for a reason it does not know", () => {
    expect(failureOf("<script>")).toBe("unknown");
  });
});
