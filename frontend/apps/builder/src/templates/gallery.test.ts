import { describe, expect, it } from "vitest";
import { byCategory, type GalleryTemplate, searchTemplates } from "./gallery";

const template = (slug: string, category: string, extra: Partial<GalleryTemplate> = {}): GalleryTemplate => ({
  slug,
  name: slug,
  description: "",
  category,
  shows: "",
  tags: [],
  ...extra,
});

const templates = [
  template("faq", "Customer service", { description: "Answer questions from a menu" }),
  template("nps", "Feedback", { tags: ["survey", "rating"] }),
  template("support", "Customer service", { shows: "routing by topic, then a ticket" }),
  template("cv", "Hiring", { name: "Résumé screening" }),
];

describe("searchTemplates", () => {
  it("finds every template for a blank query", () => {
    expect(searchTemplates(templates, "  ")).toEqual(templates);
  });
  it("matches names, descriptions, categories, what they show and tags", () => {
    expect(searchTemplates(templates, "menu").map((t) => t.slug)).toEqual(["faq"]);
    expect(searchTemplates(templates, "SURVEY").map((t) => t.slug)).toEqual(["nps"]);
    expect(searchTemplates(templates, "ticket").map((t) => t.slug)).toEqual(["support"]);
    expect(searchTemplates(templates, "customer").map((t) => t.slug)).toEqual(["faq", "support"]);
  });
  it("needs every word, in any order", () => {
    expect(searchTemplates(templates, "ticket customer").map((t) => t.slug)).toEqual(["support"]);
    expect(searchTemplates(templates, "ticket survey")).toEqual([]);
  });
  it("ignores accents", () => {
    expect(searchTemplates(templates, "resume").map((t) => t.slug)).toEqual(["cv"]);
  });
});

describe("byCategory", () => {
  it("groups templates under their category, in first-seen order", () => {
    expect(byCategory(templates).map(([category, list]) => [category, list.map((t) => t.slug)])).toEqual([
      ["Customer service", ["faq", "support"]],
      ["Feedback", ["nps"]],
      ["Hiring", ["cv"]],
    ]);
  });
});
