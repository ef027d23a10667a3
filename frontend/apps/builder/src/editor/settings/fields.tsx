/**
 * The form fields block settings are made of. Each edits one path of the block through the
 * store's one write path (`updateBlock`); typing in a field is one undo step per pause.
 */
import { Popover } from "radix-ui";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { type Block, type BotDocument, createId } from "../document";
import { useEditor } from "../store";
import "./fields.css";

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
export function useBlockField<T>(
  block: Block,
  path: Path,
  /** Other changes the new value brings (a video URL sets the provider too), in the same step. */
  also?: (draft: Block, value: T | undefined) => void,
): [T | undefined, (value: T | undefined) => void] {
  const updateBlock = useEditor((state) => state.updateBlock);
  const value = readPath(block, path) as T | undefined;
  const set = (next: T | undefined) =>
    updateBlock(
      block.id,
      (draft) => {
        writePath(draft as unknown as Record<string, unknown>, path, next);
        also?.(draft, next);
      },
      { coalesceKey: `${block.id}:${path.join(".")}` },
    );
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
  also,
}: FieldProps & {
  placeholder?: string;
  multiline?: boolean;
  also?: (draft: Block, value: string | undefined) => void;
}) {
  const id = useId();
  const [value, setValue] = useBlockField<string>(block, path, also);
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

export function SwitchField({
  block,
  path,
  label,
  help,
  defaultValue = false,
}: FieldProps & { /** What the engine does when the document leaves it unset. */ defaultValue?: boolean }) {
  const id = useId();
  const [stored, setValue] = useBlockField<boolean>(block, path);
  const value = stored ?? defaultValue;
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

/** The items of comma-separated text, trimmed, blanks left out. */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Comma-separated text stored as a list of strings (`[".pdf", "image/*"]`). */
export function ListField({ block, path, label, help, placeholder }: FieldProps & { placeholder?: string }) {
  const id = useId();
  const [value, setValue] = useBlockField<string[]>(block, path);
  const [text, setText] = useState(() => (value ?? []).join(", "));
  // The text is kept as typed ("a, "), unless the list changed elsewhere (undo, another block).
  if (splitList(text).join() !== (value ?? []).join()) setText((value ?? []).join(", "));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={text}
        placeholder={placeholder}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setValue(splitList(event.target.value));
        }}
      />
      <Help id={`${id}-help`} help={help} />
    </div>
  );
}

/** A titled set of fields (the labels of an input, a payment's details). */
export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="field-group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** Why the value of a field is refused, under it (`id` is what the input's `aria-describedby` names). */
export function FieldError({ id, problem }: { id: string; problem?: string }) {
  return problem ? (
    <p id={id} className="field-error">
      {problem}
    </p>
  ) : null;
}

/** A form of one text input and its submit button (a name, a URL), refusing what `problem` names. */
export function InlineForm({
  label,
  submitLabel,
  value,
  onValue,
  onSubmit,
  type = "text",
  placeholder,
  problem,
  canSubmit = value.trim() !== "",
}: {
  label: string;
  submitLabel: string;
  value: string;
  onValue: (value: string) => void;
  onSubmit: () => void;
  type?: "text" | "url";
  placeholder?: string;
  problem?: string;
  /** Whether the value may be sent as it is (by default: when it is not blank). */
  canSubmit?: boolean;
}) {
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The form may sit in a popover inside another form (a block's settings): keep it to itself.
    event.stopPropagation();
    if (canSubmit && !problem) onSubmit();
  };
  return (
    <form onSubmit={submit} className="inline-form">
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <input
          id={id}
          type={type}
          value={value}
          placeholder={placeholder}
          aria-invalid={Boolean(problem)}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => onValue(event.target.value)}
        />
        <button type="submit" disabled={!canSubmit || Boolean(problem)}>
          {submitLabel}
        </button>
      </div>
      <FieldError id={`${id}-problem`} problem={problem} />
    </form>
  );
}

/** The id of the variable called `name`, adding it to the document when the bot has none. */
export function ensureVariable(draft: BotDocument, name: string): string {
  const existing = draft.variables.find((variable) => variable.name === name);
  if (existing) return existing.id;
  const variableId = `v${createId()}`;
  draft.variables.push({ id: variableId, name });
  return variableId;
}

/** Returns a function that gives the id of the variable called `name`, creating it if needed. */
export function useVariableByName(): (name: string) => string {
  const change = useEditor((state) => state.change);
  return (name) => {
    let variableId = "";
    // The recipe runs at once (immer), so the id is known when `change` returns.
    change((draft) => {
      variableId = ensureVariable(draft, name);
    });
    return variableId;
  };
}

/** A small form in a popover that names a new variable; `onCreate` gets the trimmed name. */
export function NewVariablePopover({
  triggerLabel,
  onCreate,
  children,
}: {
  triggerLabel: string;
  onCreate: (name: string) => void;
  /** Shown above the form (the existing variables to pick from, for instance). */
  children?: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const submit = () => {
    onCreate(name.trim());
    setName("");
    setOpen(false);
  };
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button type="button">{triggerLabel}</button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover" sideOffset={4} align="end" aria-label={triggerLabel}>
          {children?.(() => setOpen(false))}
          <InlineForm
            label="New variable name"
            submitLabel="Create"
            value={name}
            onValue={setName}
            onSubmit={submit}
          />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

/** Picks one of the bot's variables, or creates one by name. */
export function VariableField({ block, path, label, help }: FieldProps) {
  const id = useId();
  const [value, setValue] = useBlockField<string>(block, path);
  const variables = useEditor((state) => state.doc?.variables ?? []);
  const variableByName = useVariableByName();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <select
          id={id}
          value={value ?? ""}
          aria-describedby={help ? `${id}-help` : undefined}
          onChange={(event) => setValue(event.target.value || undefined)}
        >
          <option value="">No variable</option>
          {variables.map((variable) => (
            <option key={variable.id} value={variable.id}>
              {variable.name}
            </option>
          ))}
        </select>
        <NewVariablePopover triggerLabel="New variable" onCreate={(name) => setValue(variableByName(name))} />
      </div>
      <Help id={`${id}-help`} help={help} />
    </div>
  );
}
