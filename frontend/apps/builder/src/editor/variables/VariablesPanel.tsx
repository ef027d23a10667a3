/**
 * The variables panel: the bot's variables, to create, rename (every `{{reference}}` follows),
 * delete (after seeing where they are used), keep out of results, and give a default value.
 */
import { Braces, Trash2, X } from "lucide-react";
import { AlertDialog } from "radix-ui";
import { useId, useState } from "react";
import { definitionOf } from "../blocks/registry";
import { createId, type Variable } from "../document";
import { FieldError, InlineForm } from "../settings/fields";
import { useEditor } from "../store";
import { deleteVariable, findUsages, nameProblem, renameVariable } from "./references";
import "./variables.css";
import { useTranslation } from "../../i18n";

/** The top bar's toggle for this panel. */
export function VariablesButton() {
  const { t } = useTranslation("variables");
  const open = useEditor((state) => state.panel === "variables");
  const togglePanel = useEditor((state) => state.togglePanel);
  return (
    <button type="button" aria-pressed={open} onClick={() => togglePanel("variables")}>
      <Braces size={16} aria-hidden />
      <span className="toolbar-label">{t("variables")}</span>
    </button>
  );
}

function NewVariableForm() {
  const { t } = useTranslation("variables");
  const [name, setName] = useState("");
  const doc = useEditor((state) => state.doc);
  const change = useEditor((state) => state.change);
  return (
    <div className="new-variable">
      <InlineForm
        label={t("newVariable")}
        submitLabel={t("create")}
        value={name}
        onValue={setName}
        placeholder={t("name")}
        problem={name && doc ? nameProblem(doc, name) : undefined}
        onSubmit={() => {
          change((draft) => void draft.variables.push({ id: `v${createId()}`, name: name.trim() }));
          setName("");
        }}
      />
    </div>
  );
}

/** The name, renamed everywhere once typed (Enter or leaving the field), not at each key. */
function NameInput({ variable }: { variable: Variable }) {
  const { t } = useTranslation("variables");
  const id = useId();
  const [name, setName] = useState(variable.name);
  const doc = useEditor((state) => state.doc);
  const change = useEditor((state) => state.change);
  const problem = doc ? nameProblem(doc, name, variable.id) : undefined;
  const commit = () => {
    if (problem) return setName(variable.name);
    change((draft) => renameVariable(draft, variable.id, name.trim()));
  };
  return (
    <div className="field">
      <label htmlFor={id} className="visually-hidden">
        {t("nameOf", { name: variable.name })}
      </label>
      <input
        id={id}
        type="text"
        className="variable-name"
        value={name}
        aria-invalid={Boolean(problem)}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => setName(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
          if (event.key === "Escape") setName(variable.name);
        }}
      />
      <FieldError id={`${id}-problem`} problem={problem} />
    </div>
  );
}

function DeleteVariable({ variable }: { variable: Variable }) {
  const { t } = useTranslation("variables");
  const doc = useEditor((state) => state.doc);
  const change = useEditor((state) => state.change);
  const usages = doc ? findUsages(doc, variable.id) : [];
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <button type="button" className="icon-button" aria-label={t("deleteNamed", { name: variable.name })}>
          <Trash2 size={16} aria-hidden />
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title>{t("deleteTitle", { name: variable.name })}</AlertDialog.Title>
          <AlertDialog.Description>
            {usages.length === 0
              ? t("noBlockUsesIt")
              : t("usedBy", { count: usages.length, reference: `{{${variable.name}}}` })}
          </AlertDialog.Description>
          {usages.length > 0 && (
            <ul className="usages" aria-label={t("whereItIsUsed")}>
              {usages.map((usage) => (
                <li key={usage.blockId}>
                  {t("usage", {
                    group: usage.groupTitle,
                    block: definitionOf(usage.blockType)?.label ?? usage.blockType,
                  })}
                  {usage.kind === "text"
                    ? t("inItsText", { reference: `{{${variable.name}}}` })
                    : t("savesOrReadsIt")}
                </li>
              ))}
            </ul>
          )}
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button">{t("cancel", { ns: "common" })}</button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button
                type="button"
                className="danger"
                onClick={() => change((draft) => deleteVariable(draft, variable.id))}
              >
                {t("delete", { ns: "common" })}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

function VariableRow({ variable }: { variable: Variable }) {
  const { t } = useTranslation("variables");
  const id = useId();
  const change = useEditor((state) => state.change);
  const edit = (recipe: (target: Variable) => void, coalesceKey?: string) =>
    change(
      (draft) => {
        const target = draft.variables.find((candidate) => candidate.id === variable.id);
        if (target) recipe(target);
      },
      { coalesceKey },
    );
  const value = variable.value;
  return (
    <li className="variable-row" aria-label={variable.name}>
      <div className="variable-row-header">
        <NameInput key={variable.name} variable={variable} />
        <DeleteVariable variable={variable} />
      </div>
      <div className="field field-switch">
        <input
          id={`${id}-saved`}
          type="checkbox"
          role="switch"
          aria-checked={!variable.isSessionVariable}
          checked={!variable.isSessionVariable}
          onChange={(event) =>
            edit((target) => {
              // Typebot's session variables are the ones left out of results.
              if (event.target.checked) delete target.isSessionVariable;
              else target.isSessionVariable = true;
            })
          }
        />
        <label htmlFor={`${id}-saved`}>{t("saveInResults", { name: variable.name })}</label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-value`}>{t("defaultValueOf", { name: variable.name })}</label>
        <input
          id={`${id}-value`}
          type="text"
          value={Array.isArray(value) ? value.join(", ") : value == null ? "" : String(value)}
          readOnly={Array.isArray(value)}
          placeholder={t("none")}
          onChange={(event) =>
            edit((target) => {
              if (event.target.value === "") delete target.value;
              else target.value = event.target.value;
            }, `variable-value:${variable.id}`)
          }
        />
      </div>
    </li>
  );
}

/** The variables panel beside the canvas. */
export function VariablesPanel() {
  const { t } = useTranslation("variables");
  const variables = useEditor((state) => state.doc?.variables ?? []);
  const setPanel = useEditor((state) => state.setPanel);
  return (
    <aside className="settings-panel variables-panel" aria-label={t("variables")}>
      <header className="panel-header">
        <h2>{t("variables")}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t("closeVariables")}
          onClick={() => setPanel(null)}
        >
          <X size={16} aria-hidden />
        </button>
      </header>
      <NewVariableForm />
      {variables.length === 0 ? (
        <p className="field-help">{t("thisBotHasNoVariables")}</p>
      ) : (
        <ul className="variable-list">
          {variables.map((variable) => (
            <VariableRow key={variable.id} variable={variable} />
          ))}
        </ul>
      )}
    </aside>
  );
}
