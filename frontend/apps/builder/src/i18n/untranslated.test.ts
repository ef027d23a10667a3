import { describe, expect, it } from "vitest";
import { findUntranslated, needsTranslation, untranslatedByFile } from "./untranslated";

const texts = (source: string) => findUntranslated(source).map((offence) => offence.text);

describe("finding words that bypass the translation layer", () => {
  it("finds JSX text, rendered literals and read attributes", () => {
    const source = `export function A({ on, name }: { on: boolean; name: string }) {
  return (
    <section aria-label="Blocks" className="blocks">
      Hello there
      <input placeholder="Search blocks" type="search" />
      <Field label="Bot name" help={on ? "Shown to visitors" : undefined} />
      {on ? "Published" : "Publish"}
      {\`Editing \${name}\`}
    </section>
  );
}`;
    expect(texts(source)).toEqual([
      "Blocks",
      "Hello there",
      "Search blocks",
      "Bot name",
      "Shown to visitors",
      "Published",
      "Publish",
      "Editing",
    ]);
  });

  it("finds the labels of option tables, and gives each offence its line", () => {
    const source = `const STYLES = [{ value: "decimal", label: "Decimal" }];
export const B = () => <Select options={[{ value: "OR", label: "Any filter" }]} />;`;
    expect(findUntranslated(source)).toEqual([
      { line: 1, text: "Decimal" },
      { line: 2, text: "Any filter" },
    ]);
  });

  it("passes text that comes from t(), and what is not read (class names, paths, keys)", () => {
    const source = `export function C({ t }: { t: (key: string) => string }) {
  return (
    <a href="/typebots" className="icon-button" aria-label={t("topbar.back")} data-state="open">
      {t("topbar.title")}
    </a>
  );
}`;
    expect(texts(source)).toEqual([]);
  });

  it("lets through brand names, symbols and code-like examples", () => {
    for (const text of [
      "Botloom",
      "→",
      "…",
      "https://…",
      "{{Email}}",
      "dd/MM/yyyy HH:mm",
      "gpt-4o-mini",
      "USD",
    ])
      expect(needsTranslation(text), text).toBe(false);
    for (const text of ["Configure…", "Send", "This email doesn't seem valid", "Typebot link"])
      expect(needsTranslation(text), text).toBe(true);
  });
});

describe("the builder's components", () => {
  it("read every word through t()", () => {
    const root = new URL("..", import.meta.url).pathname;
    const offenders = [...untranslatedByFile(root)].flatMap(([file, offences]) =>
      offences.map(({ line, text }) => `${file}:${line}: ${text}`),
    );
    // Each offender is `file:line: words`: move the words into the file's catalogue, read them with t().
    expect(offenders, "words not read through t() (see docs/builder-i18n.md)").toEqual([]);
  });
});
