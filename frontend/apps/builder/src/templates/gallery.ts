/** What the gallery decides without the server: which templates a search finds, and in which
 * sections they are shown. */

export interface GalleryTemplate {
  slug: string;
  name: string;
  description: string;
  category: string;
  shows: string;
  tags: string[];
}

/** Lower case, without accents, so "resume" finds "résumé". */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/**
 * The templates every word of `query` appears in (name, description, category, what it shows
 * or a tag), in their order; all of them for a blank query.
 */
export function searchTemplates<T extends GalleryTemplate>(templates: T[], query: string): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return templates;
  return templates.filter((template) => {
    const text = fold(
      [template.name, template.description, template.category, template.shows, ...template.tags].join(" "),
    );
    return words.every((word) => text.includes(word));
  });
}

/** The templates by category, categories in the order they first appear. */
export function byCategory<T extends GalleryTemplate>(templates: T[]): [string, T[]][] {
  const sections = new Map<string, T[]>();
  for (const template of templates) {
    const section = sections.get(template.category);
    if (section) section.push(template);
    else sections.set(template.category, [template]);
  }
  return [...sections];
}
