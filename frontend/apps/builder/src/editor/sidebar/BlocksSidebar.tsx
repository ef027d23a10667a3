import { useMemo, useState } from "react";
import { BLOCKS } from "../blocks/registry";
import type { BlockDefinition, BlockFamilyName } from "../blocks/types";

const FAMILIES: { family: BlockFamilyName; title: string }[] = [
  { family: "bubble", title: "Bubbles" },
  { family: "input", title: "Inputs" },
  { family: "logic", title: "Logic" },
  { family: "integration", title: "Integrations" },
];

export const BLOCK_DRAG_TYPE = "application/x-botloom-block";

function matches(definition: BlockDefinition, query: string): boolean {
  const words = [definition.label, definition.type, ...(definition.keywords ?? [])].join(" ").toLowerCase();
  return words.includes(query);
}

/** Every block type, by family, searchable; drag one onto the canvas or into a group. */
export function BlocksSidebar({ onAdd }: { onAdd: (type: string) => void }) {
  const [query, setQuery] = useState("");
  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    return Object.values(BLOCKS).filter((definition) => !q || matches(definition, q));
  }, [query]);
  return (
    <aside className="blocks-sidebar" aria-label="Blocks">
      <input
        type="search"
        className="sidebar-search"
        placeholder="Search blocks"
        aria-label="Search blocks"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {FAMILIES.map(({ family, title }) => {
        const definitions = visible.filter((definition) => definition.family === family);
        if (definitions.length === 0) return null;
        return (
          <section key={family} aria-label={title}>
            <h2 className="sidebar-family">{title}</h2>
            <ul className="sidebar-blocks">
              {definitions.map(({ type, label, Icon }) => (
                <li key={type}>
                  <button
                    type="button"
                    className="sidebar-block"
                    draggable
                    onDragStart={(event) => {
                      event.dataTransfer.setData(BLOCK_DRAG_TYPE, type);
                      event.dataTransfer.effectAllowed = "copy";
                    }}
                    onClick={() => onAdd(type)}
                    aria-label={`Add ${label} ${family}`}
                  >
                    <Icon size={16} aria-hidden />
                    <span>{label}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
