import { describe, expect, it } from "vitest";
import { safeUrl } from "../src/dom";

const BASE = "https://host.example/shop/page.html";

describe("safeUrl", () => {
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\rscript:alert(1)",
    "\x01javascript:alert(1)",
    "\x00\x1f javascript:alert(1)",
    "   javascript:alert(1)",
    "\n\tjavascript:alert(1)",
    "javascript:alert(1)\n",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "file:///etc/passwd",
  ])("drops %j for every kind", (url) => {
    expect(safeUrl(url, "link", BASE)).toBeUndefined();
    expect(safeUrl(url, "media", BASE)).toBeUndefined();
    expect(safeUrl(url, "frame", BASE)).toBeUndefined();
  });

  it("keeps http(s), mailto, tel and sms links, normalised", () => {
    expect(safeUrl("https://example.com", "link", BASE)).toBe("https://example.com/");
    expect(safeUrl("  HTTP://Example.com/a b ", "link", BASE)).toBe("http://example.com/a%20b");
    expect(safeUrl("mailto:a@example.com", "link", BASE)).toBe("mailto:a@example.com");
    expect(safeUrl("tel:+33123", "link", BASE)).toBe("tel:+33123");
    expect(safeUrl("sms:+33123", "link", BASE)).toBe("sms:+33123");
  });

  it("resolves relative and protocol-relative URLs against the base", () => {
    expect(safeUrl("img/a.png", "media", BASE)).toBe("https://host.example/shop/img/a.png");
    expect(safeUrl("/a", "link", BASE)).toBe("https://host.example/a");
    expect(safeUrl("//evil.example/x", "frame", BASE)).toBe("https://evil.example/x");
  });

  it("reads entity-like forms as the literal path they are, not as a scheme", () => {
    expect(safeUrl("javascript&colon;alert(1)", "link", BASE)).toBe("https://host.example/shop/javascript&colon;alert(1)");
    expect(safeUrl("&#106;avascript:alert(1)", "link", BASE)).toBe("https://host.example/shop/&#106;avascript:alert(1)");
    expect(safeUrl("java%09script:alert(1)", "link", BASE)).toBe("https://host.example/shop/java%09script:alert(1)");
  });

  it("allows inline and blob media only where media is loaded", () => {
    const png = "data:image/png;base64,iVBORw0KGgo=";
    expect(safeUrl(png, "media", BASE)).toBe(png);
    expect(safeUrl("data:audio/mpeg;base64,AA", "media", BASE)).toBe("data:audio/mpeg;base64,AA");
    expect(safeUrl("blob:https://host.example/0f3c", "media", BASE)).toBe("blob:https://host.example/0f3c");
    expect(safeUrl(png, "link", BASE)).toBeUndefined();
    expect(safeUrl(png, "frame", BASE)).toBeUndefined();
    expect(safeUrl("blob:https://host.example/0f3c", "frame", BASE)).toBeUndefined();
    expect(safeUrl("mailto:a@example.com", "media", BASE)).toBeUndefined();
  });

  it("drops empty, unparsable and base-less relative URLs", () => {
    expect(safeUrl(undefined)).toBeUndefined();
    expect(safeUrl("", "link", BASE)).toBeUndefined();
    expect(safeUrl("https://[bad", "link", BASE)).toBeUndefined();
    expect(safeUrl("relative/path", "link", undefined)).toBeUndefined();
  });
});
