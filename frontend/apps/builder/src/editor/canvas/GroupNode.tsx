import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo } from "react";
import { definitionOf } from "../blocks/registry";
import type { Block, Item } from "../document";
import { useEditor } from "../store";
import { useCanvasState } from "./canvasState";
import { TARGET_HANDLE } from "./flow";
import { GroupTitle } from "./GroupTitle";
import { useBlockDrag } from "./useBlockDrag";

/** What an item says on the canvas: a button's text (other items are summed up by their block). */
function itemLabel(item: Item): string {
  return typeof item.content === "string" ? item.content : "";
}

/** A block's items (buttons, conditions, cards), each with the handle its edge leaves from. */
function BlockOutlets({ block }: { block: Block }) {
  return (
    <ul className="block-items">
      {(block.items ?? []).map((item) => {
        const paths = Array.isArray(item.paths) ? (item.paths as { id: string; text?: string }[]) : null;
        return (
          <li key={item.id} className="block-item">
            {paths ? (
              paths.map((path) => (
                <span key={path.id} className="block-item-path">
                  {path.text || "Path"}
                  <Handle type="source" position={Position.Right} id={`path:${path.id}`} />
                </span>
              ))
            ) : (
              <>
                <span className="block-item-label">{itemLabel(item)}</span>
                <Handle type="source" position={Position.Right} id={`item:${item.id}`} />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** One block in its group: opens its settings on click, moves by dragging. */
const BlockRow = memo(function BlockRow({ block, dropBefore }: { block: Block; dropBefore: boolean }) {
  const definition = definitionOf(block.type);
  const isOpen = useEditor((state) => state.openBlockId === block.id);
  const label = definition?.label ?? block.type;
  const { handlers, dragged } = useBlockDrag(block.id, label);
  const Icon = definition?.Icon;
  const outlets = definition?.outlets ?? "block";
  return (
    <li
      className="block-row"
      data-block-id={block.id}
      data-open={isOpen || undefined}
      data-drop-before={dropBefore || undefined}
    >
      <button
        type="button"
        className="block-button nodrag"
        aria-label={`${label} block`}
        aria-expanded={isOpen}
        onClick={() => {
          if (!dragged.current) useEditor.getState().openBlock(block.id);
        }}
        {...handlers}
      >
        {Icon && <Icon size={16} aria-hidden />}
        {definition ? <definition.Node block={block} /> : <span className="block-summary">{label}</span>}
      </button>
      {(outlets === "items" || outlets === "items+block") && <BlockOutlets block={block} />}
      {(outlets === "block" || outlets === "items+block") && (
        <Handle type="source" position={Position.Right} id={`block:${block.id}`} />
      )}
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
      <GroupTitle groupId={id} title={group.title} />
      <ol className="group-blocks">
        {group.blocks.map((block, index) => (
          <BlockRow key={block.id} block={block} dropBefore={index === dropIndex} />
        ))}
      </ol>
    </section>
  );
});

/** The start event: where every chat begins. */
export const StartNode = memo(function StartNode({ id }: NodeProps) {
  return (
    <section className="start-node" aria-label="Start">
      <span>Start</span>
      <Handle type="source" position={Position.Right} id={`event:${id}`} />
    </section>
  );
});
