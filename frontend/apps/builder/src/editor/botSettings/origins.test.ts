import { describe, expect, it } from "vitest";
import { notOrigins } from "./origins";

describe("notOrigins", () => {
  it("keeps origins as the browser sends them", () => {
    expect(notOrigins(["https://example.com", "http://localhost:3000", "https://a.b.example"])).toEqual([]);
  });

  it("names what would never match", () => {
    expect(
      notOrigins(["https://example.com/", "example.com", "https://x.test/page", "ftp://x.test"]),
    ).toEqual(["https://example.com/", "example.com", "https://x.test/page", "ftp://x.test"]);
  });

  it("names an origin written with a default port or capitals", () => {
    expect(notOrigins(["https://example.com:443", "https://Example.com"])).toEqual([
      "https://example.com:443",
      "https://Example.com",
    ]);
  });
});
