import { useEditor } from "../store";

/** A variable's name as a small tag (`→ Email`), or nothing when no variable is set. */
export function VariableTag({ variableId }: { variableId?: string }) {
  const name = useEditor(
    (state) => state.doc?.variables.find((variable) => variable.id === variableId)?.name,
  );
  return name ? <span className="variable-tag">{`→ ${name}`}</span> : null;
}
