import { Handle, type NodeProps, Position } from "@xyflow/react";
import { Play } from "lucide-react";
import { memo } from "react";
import { useTranslation } from "../../i18n";
import { definitionOf } from "../blocks/registry";
import type { BlockDefinition } from "../blocks/types";
import type { Block } from "../document";
import { usePreviewFrom } from "../preview/previewFrom";
import { useEditor } from "../store";
import { useCanvasState } from "./canvasState";
import { DropOffBadge } from "./DropOffBadge";
import { TARGET_HANDLE } from "./flow";
import { GroupTitle } from "./GroupTitle";
import { useBlockDrag } from "./useBlockDrag";

/**
 * A block's items (buttons, conditions, cards, A/B paths) as rows, each with the handle its edge
 * leaves from (a card's buttons each have theirs), then the block's own edge ("Else") if it has one.
 */
function BlockOutlets({ block, definition }: { block: Block; definition: BlockDefinition | undefined }) {
  const { t } = useTranslation("editor");
  const ItemLabel = definition?.ItemLabel;
  return (
    <ul className="block-items">
      {(block.items ?? []).map((item) => {
        const paths = Array.isArray(item.paths) ? (item.paths as { id: string; text?: string }[]) : null;
        return (
          <li key={item.id} className="block-item">
            <span className="block-item-label">
              {ItemLabel ? <ItemLabel block={block} item={item} /> : item.id}
            </span>
            {paths ? (
              paths.map((path) => (
                <span key={path.id} className="block-item-path">
                  {path.text || t("canvas.path")}
                  <Handle type="source" position={Position.Right} id={`path:${path.id}`} />
                </span>
              ))
            ) : (
              <Handle type="source" position={Position.Right} id={`item:${item.id}`} />
            )}
          </li>
        );
      })}
      {definition?.outlets === "items+block" && (
        <li className="block-item block-item-fallback">
          <span className="block-item-label">{definition.fallbackLabel ?? t("canvas.otherwise")}</span>
          <Handle type="source" position={Position.Right} id={`block:${block.id}`} />
        </li>
      )}
    </ul>
  );
}

/** One block in its group: opens its settings on click, moves by dragging. */
const BlockRow = memo(function BlockRow({ block, dropBefore }: { block: Block; dropBefore: boolean }) {
  const definition = definitionOf(block.type);
  const isOpen = useEditor((state) => state.openBlockId === block.id);
  const isPreviewing = useEditor((state) => state.previewBlockId === block.id);
  const { t } = useTranslation("editor");
  const label = definition?.label ?? block.type;
  const { handlers, dragged } = useBlockDrag(block.id, label);
  const Icon = definition?.Icon;
  const outlets = definition?.outlets ?? "block";
  return (
    <li
      className="block-row"
      data-block-id={block.id}
      data-open={isOpen || undefined}
      data-previewing={isPreviewing || undefined}
      data-drop-before={dropBefore || undefined}
    >
      <button
        type="button"
        className="block-button nodrag"
        aria-label={t("canvas.blockButton", { label })}
        aria-expanded={isOpen}
        onClick={() => {
          if (!dragged.current) useEditor.getState().openBlock(block.id);
        }}
        {...handlers}
      >
        {Icon && <Icon size={16} aria-hidden />}
        {definition ? <definition.Node block={block} /> : <span className="block-summary">{label}</span>}
      </button>
      <DropOffBadge blockId={block.id} />
      {(outlets === "items" || outlets === "items+block") && (
        <BlockOutlets block={block} definition={definition} />
      )}
      {outlets === "block" && <Handle type="source" position={Position.Right} id={`block:${block.id}`} />}
    </li>
  );
});

/** A group on the canvas. Its props change on every frame of a drag (position); its card does not. */
export const GroupNode = memo(function GroupNode({ id, selected }: NodeProps) {
  return <GroupCard id={id} selected={Boolean(selected)} />;
});

/** A group's title and blocks, each block with the handles its edges leave from. */
const GroupCard = memo(function GroupCard({ id, selected }: { id: string; selected: boolean }) {
  const group = useEditor((state) => state.doc?.groups.find((candidate) => candidate.id === id));
  const dropIndex = useCanvasState((state) =>
    state.dropTarget?.groupId === id ? state.dropTarget.index : -1,
  );
  if (!group) return null;
  const dropAtEnd = dropIndex >= group.blocks.length;
  return (
    <section
      className="group-node"
      data-group-id={id}
      data-selected={selected || undefined}
      data-drop-end={dropAtEnd || undefined}
      aria-label={group.title}
    >
      <Handle type="target" position={Position.Left} id={TARGET_HANDLE} />
      <header className="group-header">
        <GroupTitle groupId={id} title={group.title} />
        <PreviewFromHere groupId={id} title={group.title} />
      </header>
      <ol className="group-blocks">
        {group.blocks.map((block, index) => (
          <BlockRow key={block.id} block={block} dropBefore={index === dropIndex} />
        ))}
      </ol>
    </section>
  );
});

/** Starts the preview at this group (shown on hover and when focused). */
function PreviewFromHere({ groupId, title }: { groupId: string; title: string }) {
  const { t } = useTranslation("editor");
  const previewFrom = usePreviewFrom();
  return (
    <button
      type="button"
      className="icon-button group-preview nodrag"
      aria-label={t("canvas.previewFrom", { title })}
      title={t("canvas.previewFromHere")}
      onClick={() => previewFrom({ type: "group", groupId })}
    >
      <Play size={14} aria-hidden />
    </button>
  );
}

/** The start event: where every chat begins. */
export const StartNode = memo(function StartNode({ id }: NodeProps) {
  const { t } = useTranslation("editor");
  return (
    <section className="start-node" aria-label={t("canvas.start")}>
      <span>{t("canvas.start")}</span>
      <Handle type="source" position={Position.Right} id={`event:${id}`} />
    </section>
  );
});
