/**
 * The form fields block settings are made of. Each edits one path of the block through the
 * store's one write path (`updateBlock`); typing in a field is one undo step per pause.
 */
import { type ReactNode, useId } from "react";
import { type Block, createId } from "../document";
import { useEditor } from "../store";

type Path = readonly (string | number)[];

/** The value at `path` inside a block (`["options", "labels", "button"]`). */
export function readPath(block: Block, path: Path): unknown {
  let value: unknown = block;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Sets (or, with `undefined`, removes) the value at `path`, creating objects on the way. */
export function writePath(target: Record<string, unknown>, path: Path, value: unknown): void {
  let node: Record<string | number, unknown> = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object") node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** The value at `path` and a setter that writes it through the store. */
export function useBlockField<T>(block: Block, path: Path): [T | undefined, (value: T | undefined) => void] {
  const updateBlock = useEditor((state) => state.updateBlock);
  const value = readPath(block, path) as T | undefined;
  const set = (next: T | undefined) =>
    updateBlock(block.id, (draft) => writePath(draft as unknown as Record<string, unknown>, path, next), {
      coalesceKey: `${block.id}:${path.join(".")}`,
    });
  return [value, set];
}

interface FieldProps {
  block: Block;
  path: Path;
  label: string;
  help?: ReactNode;
}

function Help({ id, help }: { id: string; help?: ReactNode }) {
  return help ? (
    <p id={id} className="field-help">
      {help}
    </p>
  ) : null;
}

export function TextField({
  block,
  path,
  label,
  help,
  placeholder,
  multiline,
}: FieldProps & { placeholder?: string; multiline?: boolean }) {
  const id = useId();
  const [value, setValue] = useBlockField<string>(block, path);
  const props = {
    id,
    value: value ?? "",
    placeholder,
    "aria-describedby": help ? `${id}-help` : undefined,
    onChange: (event: { target: { value: string } }) =>
      setValue(event.target.value === "" ? undefined : event.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={4} {...props} /> : <input type="text" {...props} />}
      <Help id={`${id}-help`} help={help} />
    </div>
  );
}

export function NumberField({
  block,
  path,
  label,
  help,
  min,
  max,
  step,
}: FieldProps & { min?: number; max?: number; step?: number }) {
  const id = useId();
  const [value, setValue] = useBlockField<number | string>(block, path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        step={step}
        value={value ?? ""}
        onChange={(event) => setValue(event.target.value === "" ? undefined : Number(event.target.value))}
      />
      <Help id={`${id}-help`} help={help} />
    </div>
  );
}

export function SwitchField({ block, path, label, help }: FieldProps) {
  const id = useId();
  const [value, setValue] = useBlockField<boolean>(block, path);
  return (
    <div className="field field-switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        aria-checked={Boolean(value)}
        checked={Boolean(value)}
        onChange={(event) => setValue(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <Help id={`${id}-help`} help={help} />
    </div>
  );
}

export function SelectField({
  block,
  path,
  label,
  help,
  options,
  placeholder,
}: FieldProps & { options: readonly (string | { value: string; label: string })[]; placeholder?: string }) {
  const id = useId();
  const [value, setValue] = useBlockField<string>(block, path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(event) => setValue(event.target.value || undefined)}>
        <option value="">{placeholder ?? "Select…"}</option>
        {options.map((option) => {
          const { value: optionValue, label: optionLabel } =
            typeof option === "string" ? { value: option, label: option } : option;
          return (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          );
        })}
      </select>
      <Help id={`${id}-help`} help={help} />
    </div>
  );
}

/** Picks one of the bot's variables, or creates one by name. */
export function VariableField({ block, path, label, help }: FieldProps) {
  const id = useId();
  const [value, setValue] = useBlockField<string>(block, path);
  const variables = useEditor((state) => state.doc?.variables ?? []);
  const change = useEditor((state) => state.change);
  const create = () => {
    const name = window.prompt("Name of the new variable")?.trim();
    if (!name) return;
    const existing = variables.find((variable) => variable.name === name);
    if (existing) return setValue(existing.id);
    const variableId = `v${createId()}`;
    change((draft) => {
      draft.variables.push({ id: variableId, name });
    });
    setValue(variableId);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <select id={id} value={value ?? ""} onChange={(event) => setValue(event.target.value || undefined)}>
          <option value="">No variable</option>
          {variables.map((variable) => (
            <option key={variable.id} value={variable.id}>
              {variable.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={create}>
          New variable
        </button>
      </div>
      <Help id={`${id}-help`} help={help} />
    </div>
  );
}
