import { describe, expect, it } from "vitest";
import { i18n } from ".";
import { pickLanguage } from "./languages";

describe("pickLanguage", () => {
  it("keeps a stored language the builder ships", () => {
    expect(pickLanguage("en", ["fr-FR"])).toBe("en");
  });
  it("ignores a stored language it does not ship and falls back to English", () => {
    expect(pickLanguage("xx", ["de-DE", "pt"])).toBe("en");
  });
  it("matches the browser's language by its base tag", () => {
    expect(pickLanguage(null, ["EN-gb"])).toBe("en");
  });
});

describe("the translation layer", () => {
  it("reads namespaced strings and fills their values", () => {
    expect(i18n.t("auth:continueWith", { provider: "Acme" })).toBe("Continue with Acme");
    expect(i18n.t("nav.bots")).toBe("Bots");
  });
});
