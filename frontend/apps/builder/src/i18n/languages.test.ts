import { describe, expect, it } from "vitest";
import { i18n } from ".";
import { catalogueProblems } from "./catalogueKeys";
import { LANGUAGES, pickLanguage } from "./languages";
import { en } from "./locales/en";

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

describe("every shipped language", () => {
  it.each(LANGUAGES.map(({ code, catalogue }) => [code, catalogue] as const))(
    "%s has the keys and values of English",
    (_code, catalogue) => {
      expect(catalogueProblems(en, catalogue)).toEqual([]);
    },
  );

  it("a translation that lacks a key, adds one, or drops a value is reported", () => {
    const english = { editor: { a: "A {{name}}", b: "B", n_one: "One", n_other: "{{count}} items" } };
    const translation = {
      editor: { a: "Un", c: "C", n_one: "Un", n_few: "{{count}} elementy", n_other: "{{count}} éléments" },
    };
    expect(catalogueProblems(english, translation)).toEqual([
      "editor:a has {{}} where English has {{name}}",
      "missing editor:b",
      "unknown editor:c",
    ]);
  });
});
