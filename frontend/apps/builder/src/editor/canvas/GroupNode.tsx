import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo } from "react";
import { definitionOf } from "../blocks/registry";
import type { Block } from "../document";
import { useEditor } from "../store";
import { TARGET_HANDLE } from "./flow";

function BlockRow({ block }: { block: Block }) {
  const definition = definitionOf(block.type);
  const openBlock = useEditor((state) => state.openBlock);
  const isOpen = useEditor((state) => state.openBlockId === block.id);
  const label = definition?.label ?? block.type;
  const Icon = definition?.Icon;
  const outlets = definition?.outlets ?? "block";
  return (
    <li className="block-row" data-block-id={block.id} data-open={isOpen || undefined}>
      <button
        type="button"
        className="block-button nodrag"
        aria-label={`${label} block`}
        aria-expanded={isOpen}
        onClick={() => openBlock(block.id)}
      >
        {Icon && <Icon size={16} aria-hidden />}
        {definition ? <definition.Node block={block} /> : <span className="block-summary">{label}</span>}
      </button>
      {(outlets === "items" || outlets === "items+block") && (
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
                  <Handle type="source" position={Position.Right} id={`item:${item.id}`} />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {(outlets === "block" || outlets === "items+block") && (
        <Handle type="source" position={Position.Right} id={`block:${block.id}`} />
      )}
    </li>
  );
}

/** A group on the canvas: its title and its blocks, each with the handles its edges leave from. */
export const GroupNode = memo(function GroupNode({ id, selected }: NodeProps) {
  const group = useEditor((state) => state.doc?.groups.find((candidate) => candidate.id === id));
  if (!group) return null;
  return (
    <section className="group-node" data-selected={selected || undefined} aria-label={group.title}>
      <Handle type="target" position={Position.Left} id={TARGET_HANDLE} />
      <h3 className="group-title">{group.title}</h3>
      <ol className="group-blocks">
        {group.blocks.map((block) => (
          <BlockRow key={block.id} block={block} />
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
