/** Fields every input shares: where the answer is saved, its labels, the retry message. */
import type { Block } from "../../document";
import { FieldGroup, TextField, VariableField } from "../../settings/fields";
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
