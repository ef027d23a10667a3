import { Search } from "lucide-react";
import { useMemo, useState } from "react";
import { useBlockCatalogue } from "../blocks/plugins/catalogue";
import { pluginDefinition } from "../blocks/plugins/definition";
import { BLOCKS } from "../blocks/registry";
import type { BlockDefinition, BlockFamilyName } from "../blocks/types";
import "./sidebar.css";
import { useTranslation } from "../../i18n";

const FAMILIES: BlockFamilyName[] = ["bubble", "input", "logic", "integration", "plugin"];

export const BLOCK_DRAG_TYPE = "application/x-botloom-block";

/** Whether every word of the query is in the block's label, type or keywords. */
export function matchesQuery(definition: BlockDefinition, query: string): boolean {
  const haystack = [definition.label, definition.type, ...(definition.keywords ?? [])]
    .join(" ")
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

function BlockButton({ definition, onAdd }: { definition: BlockDefinition; onAdd: (type: string) => void }) {
  const { t } = useTranslation("editor");
  const { type, label, Icon, family } = definition;
  return (
    <li>
      <button
        type="button"
        className="sidebar-block"
        data-family={family}
        draggable
        title={label}
        onDragStart={(event) => {
          event.dataTransfer.setData(BLOCK_DRAG_TYPE, type);
          event.dataTransfer.effectAllowed = "copy";
        }}
        onClick={() => onAdd(type)}
        aria-label={t("sidebar.addBlock", { label, family: t(`sidebar.family.${family}`) })}
      >
        <Icon size={16} aria-hidden />
        <span className="sidebar-block-label">{label}</span>
      </button>
    </li>
  );
}

/** Every block type (and the server's plugins), by family, searchable; drag one onto the canvas. */
export function BlocksSidebar({ onAdd }: { onAdd: (type: string) => void }) {
  const { t } = useTranslation("editor");
  const [query, setQuery] = useState("");
  const catalogue = useBlockCatalogue();
  const all = useMemo(
    () => [
      ...Object.values(BLOCKS),
      ...(catalogue.data?.plugins ?? []).map((plugin) => pluginDefinition(plugin.id)),
    ],
    [catalogue.data],
  );
  const visible = all.filter((definition) => matchesQuery(definition, query));
  return (
    <aside className="blocks-sidebar" aria-label={t("sidebar.blocks")}>
      <div className="sidebar-search">
        <Search size={14} aria-hidden />
        <input
          type="search"
          placeholder={t("sidebar.searchBlocks")}
          aria-label={t("sidebar.searchBlocks")}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {FAMILIES.map((family) => {
        const definitions = visible.filter((definition) => definition.family === family);
        if (definitions.length === 0) return null;
        const title = t(`sidebar.families.${family}`);
        return (
          <section key={family} aria-label={title} className="sidebar-section">
            <h2 className="sidebar-family">{title}</h2>
            <ul className="sidebar-blocks">
              {definitions.map((definition) => (
                <BlockButton key={definition.type} definition={definition} onAdd={onAdd} />
              ))}
            </ul>
          </section>
        );
      })}
      {visible.length === 0 && (
        <p className="sidebar-empty">{t("sidebar.noMatch", { query: query.trim() })}</p>
      )}
      {catalogue.isError && (
        <p className="sidebar-empty" role="alert">
          {t("sidebar.pluginsFailed")}
        </p>
      )}
    </aside>
  );
}
