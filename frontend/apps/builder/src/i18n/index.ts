/**
 * The builder's one translation layer. Components read strings with `useTranslation(namespace)`
 * (or `i18n.t` outside React); the English catalogue is the source of the keys' types, so a
 * missing or misspelt key fails type-checking. Adding a language is a folder under `locales/`
 * and a line in `languages.ts`; no component changes.
 */
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { LANGUAGES, pickLanguage } from "./languages";
import { en } from "./locales/en";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: typeof en;
  }
}

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(LANGUAGES.map(({ code, catalogue }) => [code, catalogue])),
  lng: pickLanguage(),
  fallbackLng: "en",
  defaultNS: "common",
  ns: Object.keys(en),
  // React escapes what it renders; escaping here too would show `&amp;` to people.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

export { Trans, useTranslation } from "react-i18next";
export { i18n };
