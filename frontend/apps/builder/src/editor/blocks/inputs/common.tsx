/** Fields every input shares: where the answer is saved, its labels, the retry message. */

import type { ReactNode } from "react";
import { useTranslation } from "../../../i18n";
import type { Block } from "../../document";
import { FieldGroup, SwitchField, TextField, VariableField } from "../../settings/fields";
import { VariableTag } from "../../variables/VariableTag";

/** Where uploaded files are kept (file input, and a text input's voice clips and attachments). */
export const VISIBILITIES = ["Auto", "Public", "Private"] as const;

/** "Save the answer in a variable". */
export function SaveAnswerField({ block }: { block: Block }) {
  const { t } = useTranslation("blocks");
  return <VariableField block={block} path={["options", "variableId"]} label={t("inputs.saveTheAnswerIn")} />;
}

/** The placeholder of the field (when it has one) and the send button's label. */
export function InputLabels({
  block,
  placeholder,
  button,
}: {
  block: Block;
  /** Typebot's default placeholder, or nothing for inputs without a text field. */
  placeholder?: string;
  /** Typebot's default label of the send button ("Send" when not given). */
  button?: string;
}) {
  const { t } = useTranslation("blocks");
  return (
    <FieldGroup legend={t("inputs.labels")}>
      {placeholder !== undefined && (
        <TextField
          block={block}
          path={["options", "labels", "placeholder"]}
          label={t("inputs.placeholder")}
          placeholder={placeholder}
        />
      )}
      <TextField
        block={block}
        path={["options", "labels", "button"]}
        label={t("inputs.buttonLabel")}
        placeholder={button ?? t("inputs.send")}
      />
    </FieldGroup>
  );
}

/** The message sent back when the answer is refused. */
export function RetryMessageField({ block, placeholder }: { block: Block; placeholder: string }) {
  const { t } = useTranslation("blocks");
  return (
    <TextField
      block={block}
      path={["options", "retryMessageContent"]}
      label={t("inputs.retryMessage")}
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
  const { t } = useTranslation("blocks");
  const options = (block.options ?? {}) as { isMultipleChoice?: boolean; isSearchable?: boolean };
  return (
    <FieldGroup legend={t("inputs.choice")}>
      <SwitchField block={block} path={["options", "isMultipleChoice"]} label={t("inputs.multipleChoice")} />
      {options.isMultipleChoice && (
        <TextField
          block={block}
          path={["options", "buttonLabel"]}
          label={t("inputs.submitButtonLabel")}
          placeholder={t("inputs.send")}
        />
      )}
      <SwitchField block={block} path={["options", "isSearchable"]} label={t("inputs.searchable")} />
      {options.isSearchable && (
        <>
          <TextField
            block={block}
            path={["options", "searchInputPlaceholder"]}
            label={t("inputs.searchPlaceholder")}
            placeholder={t("inputs.filterTheOptions")}
          />
          {children}
        </>
      )}
    </FieldGroup>
  );
}
