/**
 * The form fields block settings are made of. Each edits one path of the block through the
 * store's one write path (`updateBlock`); typing in a field is one undo step per pause. The same
 * fields edit a part of the document (its theme, its settings) when given a `DocumentPart`.
 */
import { useQuery } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { Popover } from "radix-ui";
import { type FormEvent, lazy, type ReactNode, Suspense, useId, useState } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../../api";
import { type Block, type BotDocument, createId } from "../document";
import { useEditor } from "../store";
import "./fields.css";
import "./panels.css";
import { useTranslation } from "../../i18n";

export type Path = readonly (string | number)[];

/** A part of the document the fields edit instead of a block (`["theme"]`, `["settings"]`). */
export interface DocumentPart {
  documentPath: Path;
}

/** What a field edits: a block of the graph, or a part of the document. */
export type FieldOwner = Block | DocumentPart;

function isDocumentPart(owner: FieldOwner): owner is DocumentPart {
  return "documentPath" in owner;
}

/** The value at `path` inside a block (`["options", "labels", "button"]`) or any object. */
export function readPath(block: object | null | undefined, path: Path): unknown {
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
  block: FieldOwner,
  path: Path,
  /** Other changes the new value brings (a video URL sets the provider too), in the same step. */
  also?: (draft: Block, value: T | undefined) => void,
): [T | undefined, (value: T | undefined) => void] {
  const updateBlock = useEditor((state) => state.updateBlock);
  const change = useEditor((state) => state.change);
  const part = isDocumentPart(block) ? block.documentPath : null;
  const partValue = useEditor((state) => (part ? readPath(state.doc, [...part, ...path]) : undefined));
  if (part) {
    const set = (next: T | undefined) =>
      change((draft) => writePath(draft, [...part, ...path], next), {
        coalesceKey: [...part, ...path].join("."),
      });
    return [partValue as T | undefined, set];
  }
  const owner = block as Block;
  const value = readPath(owner, path) as T | undefined;
  const set = (next: T | undefined) =>
    updateBlock(
      owner.id,
      (draft) => {
        writePath(draft as unknown as Record<string, unknown>, path, next);
        also?.(draft, next);
      },
      { coalesceKey: `${owner.id}:${path.join(".")}` },
    );
  return [value, set];
}

interface FieldProps {
  block: FieldOwner;
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
}: FieldProps & {
  options: readonly (string | { value: string; label: string })[];
  /** The empty choice's text; `null` when there is no empty choice (the value always has one). */
  placeholder?: string | null;
}) {
  const { t } = useTranslation("editor");
  const id = useId();
  const [value, setValue] = useBlockField<string>(block, path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(event) => setValue(event.target.value || undefined)}>
        {placeholder !== null && <option value="">{placeholder ?? t("settings.select")}</option>}
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

/** Options for `SelectField` whose stored values are words: each shown by its translated label. */
export function labelled<T extends string>(values: readonly T[], label: (value: T) => string) {
  return values.map((value) => ({ value, label: label(value) }));
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
  const { t } = useTranslation("editor");
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
            label={t("settings.newVariableName")}
            submitLabel={t("settings.create")}
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
  const { t } = useTranslation("editor");
  const id = useId();
  const [value, setValue] = useBlockField<string>(block, path);
  const variableByName = useVariableByName();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <VariableSelect
          id={id}
          value={value}
          onChange={setValue}
          describedBy={help ? `${id}-help` : undefined}
        />
        <NewVariablePopover
          triggerLabel={t("settings.newVariable")}
          onCreate={(name) => setValue(variableByName(name))}
        />
      </div>
      <Help id={`${id}-help`} help={help} />
    </div>
  );
}

/* Fields of the logic and integration panels: lists, code, credentials. */

/** The name of a variable of the open bot, or `undefined` when unset or unknown. */
export function useVariableName(variableId: unknown): string | undefined {
  return useEditor((state) =>
    typeof variableId === "string"
      ? state.doc?.variables.find((variable) => variable.id === variableId)?.name
      : undefined,
  );
}

const CodeEditor = lazy(() => import("./CodeEditor"));

/** What a code field holds: scripts are highlighted, style sheets and HTML shown plain. */
export type CodeLanguage = "javascript" | "css" | "html";

/**
 * A code editor (CodeMirror, loaded the first time one is shown) of a value its caller keeps,
 * labelled by the element `labelledBy` names.
 */
export function CodeInput({
  value,
  onChange,
  labelledBy,
  language,
}: {
  value: string;
  onChange: (value: string) => void;
  labelledBy: string;
  language?: CodeLanguage;
}) {
  const { t } = useTranslation("editor");
  return (
    <Suspense
      fallback={<div className="code-editor code-editor-loading">{t("settings.loadingTheEditor")}</div>}
    >
      <CodeEditor language={language} labelledBy={labelledBy} value={value} onChange={onChange} />
    </Suspense>
  );
}

/** Code (JavaScript unless told) of the block in a code editor. */
export function CodeField({ block, path, label, help, language }: FieldProps & { language?: CodeLanguage }) {
  const id = useId();
  const [value, setValue] = useBlockField<string>(block, path);
  return (
    <div className="field">
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <CodeInput
        language={language}
        labelledBy={`${id}-label`}
        value={value ?? ""}
        onChange={(next) => setValue(next || undefined)}
      />
      <Help id={`${id}-help`} help={help} />
    </div>
  );
}

/**
 * A list of objects at `path` (headers, mappings, comparisons): each entry in its own group named
 * "`itemLabel` n", with a remove button; `newItem` makes an entry (its `id` is added).
 */
export function ListField({
  block,
  path,
  label,
  itemLabel,
  newItem = () => ({}),
  children,
}: Omit<FieldProps, "help"> & {
  itemLabel: string;
  newItem?: () => Record<string, unknown>;
  children: (itemPath: Path, index: number) => ReactNode;
}) {
  const { t } = useTranslation("editor");
  const [items, setItems] = useBlockField<Record<string, unknown>[]>(block, path);
  const list = Array.isArray(items) ? items : [];
  return (
    <fieldset className="field list-field">
      <legend>{label}</legend>
      {list.map((item, index) => {
        const name = t("settings.listItem", { item: itemLabel, number: index + 1 });
        return (
          <fieldset key={String(item.id ?? index)} className="list-item" aria-label={name}>
            <div className="list-item-fields">{children([...path, index], index)}</div>
            <button
              type="button"
              className="icon-button list-remove"
              aria-label={t("settings.removeListItem", { item: name.toLowerCase() })}
              onClick={() => setItems(list.filter((_, other) => other !== index))}
            >
              <Trash2 size={14} aria-hidden />
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="list-add"
        onClick={() => setItems([...list, { id: createId(), ...newItem() }])}
      >
        <Plus size={14} aria-hidden /> {t("settings.addListItem", { item: itemLabel.toLowerCase() })}
      </button>
    </fieldset>
  );
}

/** Text that is a list of strings in the document (recipients): one comma-separated line. */
export function StringListField({
  block,
  path,
  label,
  help,
  placeholder,
}: FieldProps & { placeholder?: string }) {
  const id = useId();
  const [value, setValue] = useBlockField<string[]>(block, path);
  const saved = Array.isArray(value) ? value.join(", ") : "";
  // What is being typed ("a@x.test, "), as long as it still says what is saved (not after an undo).
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft !== null && splitList(draft).join(", ") === saved ? draft : saved;
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
          setDraft(event.target.value);
          setValue(splitList(event.target.value));
        }}
        onBlur={() => setDraft(null)}
      />
      <Help id={`${id}-help`} help={help} />
    </div>
  );
}

/** "a@x.test, b@x.test" → ["a@x.test", "b@x.test"] (empty entries dropped). */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Picks saved credentials of one type from the bot's workspace (optionally the server's own, or
 * none: `noneLabel` names the empty choice), with a link to the workspace's credentials.
 */
export function CredentialsField({
  block,
  path,
  label,
  help,
  credentialsType,
  defaultLabel,
  noneLabel,
}: FieldProps & { credentialsType: string; defaultLabel?: string; noneLabel?: string }) {
  const { t } = useTranslation("editor");
  const workspaceId = useEditor((state) => state.doc?.workspaceId as string | undefined);
  const credentials = useQuery({
    queryKey: ["credentials", workspaceId],
    enabled: Boolean(workspaceId),
    retry: false,
    refetchOnWindowFocus: true,
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/workspaces/{workspaceId}/credentials", {
          params: { path: { workspaceId: workspaceId ?? "" } },
        }),
      ),
  });
  const options = (credentials.data?.credentials ?? [])
    .filter((entry) => entry.type === credentialsType)
    .map((entry) => ({ value: entry.id, label: entry.name }));
  const none = credentials.isSuccess && options.length === 0 && !defaultLabel;
  return (
    <SelectField
      block={block}
      path={path}
      label={label}
      help={
        <>
          {help} {none && t("settings.noCredentials")}{" "}
          {workspaceId && (
            // In a new tab: the editor stays open, and the list is read again when it is back in focus.
            <Link to={`/workspaces/${encodeURIComponent(workspaceId)}/settings/credentials`} target="_blank">
              {t("settings.addCredentials")}
            </Link>
          )}
        </>
      }
      placeholder={defaultLabel ? undefined : (noneLabel ?? t("settings.selectCredentials"))}
      options={defaultLabel ? [{ value: "default", label: defaultLabel }, ...options] : options}
    />
  );
}

/** A select of the bot's variables (and "No variable"); `VariableField` adds "New variable". */
export function VariableSelect({
  id,
  value,
  onChange,
  disabled,
  describedBy,
}: {
  id: string;
  value: string | undefined;
  onChange: (variableId: string | undefined) => void;
  disabled?: boolean;
  describedBy?: string;
}) {
  const { t } = useTranslation("editor");
  const variables = useEditor((state) => state.doc?.variables ?? []);
  return (
    <select
      id={id}
      value={value ?? ""}
      disabled={disabled}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value || undefined)}
    >
      <option value="">{t("settings.noVariable")}</option>
      {variables.map((variable) => (
        <option key={variable.id} value={variable.id}>
          {variable.name}
        </option>
      ))}
    </select>
  );
}

/** A list of key/value pairs (headers, query parameters, event properties, sheet cells). */
export function KeyValueListField({
  block,
  path,
  label,
  itemLabel,
  keyLabel = "Key",
  valueLabel = "Value",
  valuePlaceholder,
}: Omit<FieldProps, "help"> & {
  itemLabel: string;
  keyLabel?: string;
  valueLabel?: string;
  valuePlaceholder?: string;
}) {
  return (
    <ListField block={block} path={path} label={label} itemLabel={itemLabel}>
      {(itemPath) => (
        <div className="key-value-fields">
          <TextField block={block} path={[...itemPath, "key"]} label={keyLabel} />
          <TextField
            block={block}
            path={[...itemPath, "value"]}
            label={valueLabel}
            placeholder={valuePlaceholder}
          />
        </div>
      )}
    </ListField>
  );
}
