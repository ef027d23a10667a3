/** Fields every input shares: where the answer is saved, its labels, the retry message. */

import type { ReactNode } from "react";
import type { Block } from "../../document";
import { FieldGroup, SwitchField, TextField, VariableField } from "../../settings/fields";
import { VariableTag } from "../../variables/VariableTag";

/** "Save the answer in a variable". */
export function SaveAnswerField({ block }: { block: Block }) {
  return <VariableField block={block} path={["options", "variableId"]} label="Save the answer in" />;
}

/** The placeholder of the field (when it has one) and the send button's label. */
export function InputLabels({
  block,
  placeholder,
  button = "Send",
}: {
  block: Block;
  /** Typebot's default placeholder, or nothing for inputs without a text field. */
  placeholder?: string;
  button?: string;
}) {
  return (
    <FieldGroup legend="Labels">
      {placeholder !== undefined && (
        <TextField
          block={block}
          path={["options", "labels", "placeholder"]}
          label="Placeholder"
          placeholder={placeholder}
        />
      )}
      <TextField
        block={block}
        path={["options", "labels", "button"]}
        label="Button label"
        placeholder={button}
      />
    </FieldGroup>
  );
}

/** The message sent back when the answer is refused. */
export function RetryMessageField({ block, placeholder }: { block: Block; placeholder: string }) {
  return (
    <TextField
      block={block}
      path={["options", "retryMessageContent"]}
      label="Retry message"
      placeholder={placeholder}
      multiline
    />
  );
}

/** A one-line summary of an input on the canvas: its placeholder (or a fallback) and its variable. */
export function InputSummary({ block, fallback }: { block: Block; fallback: string }) {
  const options = (block.options ?? {}) as { labels?: { placeholder?: string }; variableId?: string };
  return (
    <span className="block-summary">
      {options.labels?.placeholder || fallback}
      <VariableTag variableId={options.variableId} />
    </span>
  );
}

/** How the visitor picks among buttons or pictures: one or several, with a search box or not. */
export function ChoiceOptions({
  block,
  children,
}: {
  block: Block /** Shown with the search box. */;
  children?: ReactNode;
}) {
  const options = (block.options ?? {}) as { isMultipleChoice?: boolean; isSearchable?: boolean };
  return (
    <FieldGroup legend="Choice">
      <SwitchField block={block} path={["options", "isMultipleChoice"]} label="Multiple choice" />
      {options.isMultipleChoice && (
        <TextField
          block={block}
          path={["options", "buttonLabel"]}
          label="Submit button label"
          placeholder="Send"
        />
      )}
      <SwitchField block={block} path={["options", "isSearchable"]} label="Searchable" />
      {options.isSearchable && (
        <>
          <TextField
            block={block}
            path={["options", "searchInputPlaceholder"]}
            label="Search placeholder"
            placeholder="Filter the options..."
          />
          {children}
        </>
      )}
    </FieldGroup>
  );
}
