/**
 * Where a block leads, as selects: the keyboard's (and a screen reader's) way to draw the edges
 * that a pointer draws by dragging from a handle. One select per outgoing edge of the block: its
 * own, each item's, each card button's.
 */
import type { TFunction } from "i18next";
import { useId } from "react";
import { useTranslation } from "../../i18n";
import { definitionOf } from "../blocks/registry";
import type { Block, EdgeSource } from "../document";
import { connect, removeEdges } from "../operations";
import { useEditor } from "../store";

interface Outlet {
  from: EdgeSource;
  label: string;
  edgeId?: string;
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/** The block's outgoing edges, each named as a person reads it on the canvas. */
function outletsOf(
  block: Block,
  fallbackLabel: string | undefined,
  ownItems: boolean,
  ownEdge: boolean,
  t: TFunction<"editor">,
): Outlet[] {
  const outlets: Outlet[] = [];
  if (ownItems)
    (block.items ?? []).forEach((item, index) => {
      const name =
        text(item.content) ||
        text(item.title) ||
        text(item.path).toUpperCase() ||
        t("settings.itemNumber", { number: index + 1 });
      const paths = Array.isArray(item.paths)
        ? (item.paths as { id: string; text?: string; outgoingEdgeId?: string }[])
        : null;
      if (paths)
        for (const path of paths)
          outlets.push({
            from: { blockId: block.id, itemId: item.id, pathId: path.id },
            label: t("settings.pathLeadsTo", { item: name, path: text(path.text) || t("canvas.path") }),
            edgeId: path.outgoingEdgeId,
          });
      else
        outlets.push({
          from: { blockId: block.id, itemId: item.id },
          label: t("settings.itemLeadsTo", { item: name }),
          edgeId: item.outgoingEdgeId,
        });
    });
  if (ownEdge)
    outlets.push({
      from: { blockId: block.id },
      label: ownItems
        ? t("settings.fallbackLeadsTo", { fallback: fallbackLabel ?? t("canvas.otherwise") })
        : t("settings.thenGoTo"),
      edgeId: block.outgoingEdgeId,
    });
  return outlets;
}

function NextGroupSelect({ outlet, groupId }: { outlet: Outlet; groupId: string }) {
  const { t } = useTranslation("editor");
  const id = useId();
  const groups = useEditor((state) => state.doc?.groups ?? []);
  const target = useEditor((state) => state.doc?.edges.find((edge) => edge.id === outlet.edgeId)?.to.groupId);
  const change = useEditor((state) => state.change);
  const choose = (next: string) =>
    change((draft) => {
      if (next) connect(draft, outlet.from, next);
      else if (outlet.edgeId) removeEdges(draft, [outlet.edgeId]);
    });
  return (
    <div className="field">
      <label htmlFor={id}>{outlet.label}</label>
      <select id={id} value={target ?? ""} onChange={(event) => choose(event.target.value)}>
        <option value="">{t("settings.nothingTheChatEndsHere")}</option>
        {groups
          .filter((group) => group.id !== groupId)
          .map((group) => (
            <option key={group.id} value={group.id}>
              {group.title}
            </option>
          ))}
      </select>
    </div>
  );
}

/** The "leads to" selects of a block, under its settings. */
export function NextGroupFields({ block, groupId }: { block: Block; groupId: string }) {
  const { t } = useTranslation("editor");
  const definition = definitionOf(block.type);
  const outlets = definition?.outlets ?? "block";
  const list = outletsOf(
    block,
    definition?.fallbackLabel,
    outlets === "items" || outlets === "items+block",
    outlets === "block" || outlets === "items+block",
    t,
  );
  if (list.length === 0) return null;
  return (
    <fieldset className="next-groups">
      <legend>{t("settings.whereTheChatGoesNext")}</legend>
      {list.map((outlet) => (
        <NextGroupSelect key={JSON.stringify(outlet.from)} outlet={outlet} groupId={groupId} />
      ))}
    </fieldset>
  );
}
