/**
 * The text bubble's editor: Slate, editing the block's `content.richText` as is (Typebot's format
 * is Slate's), with a toolbar for marks and links and a button that inserts `{{variables}}`.
 */
import { Bold, Italic, Link, Underline } from "lucide-react";
import { Popover } from "radix-ui";
import { type KeyboardEvent, useMemo, useState } from "react";
import { type BaseEditor, createEditor, type Descendant, Editor, Element, Range, Transforms } from "slate";
import { type HistoryEditor, withHistory } from "slate-history";
import {
  Editable,
  ReactEditor,
  type RenderElementProps,
  type RenderLeafProps,
  Slate,
  useSlate,
  withReact,
} from "slate-react";
import { InlineForm, NewVariablePopover, useVariableByName } from "../../../settings/fields";
import { useEditor } from "../../../store";
import type { BlockProps } from "../../types";
import { editableRichText, type RichElement, type RichLeaf } from "./richText";
import "./text.css";
import { useTranslation } from "../../../../i18n";

declare module "slate" {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor & HistoryEditor;
    Element: RichElement;
    Text: RichLeaf;
  }
}

type Mark = "bold" | "italic" | "underline";

const MARKS: { mark: Mark; hotkey: string; Icon: typeof Bold }[] = [
  { mark: "bold", hotkey: "b", Icon: Bold },
  { mark: "italic", hotkey: "i", Icon: Italic },
  { mark: "underline", hotkey: "u", Icon: Underline },
];

const INLINE_TYPES = new Set(["a", "inline-variable"]);

function makeEditor() {
  const editor = withHistory(withReact(createEditor()));
  const { isInline } = editor;
  editor.isInline = (element) => INLINE_TYPES.has(element.type) || isInline(element);
  return editor;
}

function isMarkActive(editor: Editor, mark: Mark): boolean {
  return Boolean(Editor.marks(editor)?.[mark]);
}

function toggleMark(editor: Editor, mark: Mark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

function activeLink(editor: Editor): RichElement | undefined {
  const [entry] = Editor.nodes(editor, { match: (node) => Element.isElement(node) && node.type === "a" });
  return entry?.[0] as RichElement | undefined;
}

function setLink(editor: Editor, url: string): void {
  if (activeLink(editor))
    Transforms.unwrapNodes(editor, { match: (node) => Element.isElement(node) && node.type === "a" });
  if (!url) return;
  if (!editor.selection || Range.isCollapsed(editor.selection)) {
    Transforms.insertNodes(editor, { type: "a", url, children: [{ text: url }] });
  } else {
    Transforms.wrapNodes(editor, { type: "a", url, children: [] }, { split: true });
    Transforms.collapse(editor, { edge: "end" });
  }
}

/** Runs `edit` where the selection was when a popover took the focus, then gives it back. */
function atSavedSelection(editor: Editor, saved: Range | null, edit: () => void): void {
  ReactEditor.focus(editor);
  Transforms.select(editor, saved ?? Editor.end(editor, []));
  edit();
}

function MarkButton({ mark, Icon }: (typeof MARKS)[number]) {
  const { t } = useTranslation("blocks");
  const editor = useSlate();
  const active = isMarkActive(editor, mark);
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={t(`text.marks.${mark}`)}
      aria-pressed={active}
      // Keep the text's selection: a click must not move the focus out of the editor first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => toggleMark(editor, mark)}
    >
      <Icon size={16} aria-hidden />
    </button>
  );
}

function LinkButton() {
  const { t } = useTranslation("blocks");
  const editor = useSlate();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState("");
  const [saved, setSaved] = useState<Range | null>(null);
  const current = activeLink(editor);
  const onOpenChange = (next: boolean) => {
    if (next) {
      setSaved(editor.selection);
      setUrl(current?.url ?? "");
    }
    setOpen(next);
  };
  const submit = () => {
    setOpen(false);
    atSavedSelection(editor, saved, () => setLink(editor, url.trim()));
  };
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger asChild>
        <button
          type="button"
          className="icon-button"
          aria-label={t("text.link")}
          aria-pressed={Boolean(current)}
        >
          <Link size={16} aria-hidden />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover" sideOffset={4} aria-label={t("text.link")}>
          <InlineForm
            label={t("text.linkUrl")}
            submitLabel={url.trim() || !current ? t("text.apply") : t("text.remove")}
            type="url"
            value={url}
            onValue={setUrl}
            onSubmit={submit}
            placeholder="https://…"
            canSubmit={Boolean(url.trim() || current)}
          />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function VariableButton() {
  const { t } = useTranslation("blocks");
  const editor = useSlate();
  const variables = useEditor((state) => state.doc?.variables ?? []);
  const variableByName = useVariableByName();
  // The popover takes the focus away; remember where to insert when it opens.
  const [saved, setSaved] = useState<Range | null>(null);
  const insert = (name: string) =>
    atSavedSelection(editor, saved, () => Transforms.insertText(editor, `{{${name}}}`));
  return (
    <span
      onPointerDownCapture={() => setSaved(editor.selection)}
      onKeyDownCapture={() => setSaved(editor.selection)}
    >
      <NewVariablePopover
        triggerLabel={t("text.insertVariable")}
        onCreate={(name) => {
          variableByName(name);
          insert(name);
        }}
      >
        {(close) =>
          variables.length > 0 && (
            <ul className="variable-choices" aria-label={t("text.variables")}>
              {variables.map((variable) => (
                <li key={variable.id}>
                  <button
                    type="button"
                    onClick={() => {
                      close();
                      insert(variable.name);
                    }}
                  >
                    {variable.name}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </NewVariablePopover>
    </span>
  );
}

function renderElement({ element, attributes, children }: RenderElementProps) {
  if (element.type === "a")
    return (
      <a {...attributes} href={element.url} title={element.url}>
        {children}
      </a>
    );
  if (INLINE_TYPES.has(element.type)) return <span {...attributes}>{children}</span>;
  return <p {...attributes}>{children}</p>;
}

function renderLeaf({ leaf, attributes, children }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  if (leaf.underline) content = <u>{content}</u>;
  return <span {...attributes}>{content}</span>;
}

function onHotkey(editor: Editor, event: KeyboardEvent) {
  if (!(event.ctrlKey || event.metaKey)) return;
  const mark = MARKS.find((candidate) => candidate.hotkey === event.key.toLowerCase());
  if (!mark) return;
  event.preventDefault();
  toggleMark(editor, mark.mark);
}

/** One Slate editor for one value; remounted when the value changes from outside (undo). */
function SlateText({
  block,
  initial,
  onWrite,
}: BlockProps & { initial: RichElement[]; onWrite: (value: Descendant[]) => void }) {
  const { t } = useTranslation("blocks");
  const editor = useMemo(makeEditor, []);
  const updateBlock = useEditor((state) => state.updateBlock);
  const onChange = (value: Descendant[]) => {
    if (editor.operations.every((operation) => operation.type === "set_selection")) return;
    onWrite(value);
    updateBlock(
      block.id,
      (draft) => {
        // `html` and `plainText` are older copies of the text that would go stale.
        const { html: _html, plainText: _plainText, ...rest } = draft.content ?? {};
        draft.content = { ...rest, richText: value };
      },
      { coalesceKey: `${block.id}:richText` },
    );
  };
  return (
    <Slate editor={editor} initialValue={initial} onChange={onChange}>
      <div className="rich-text-toolbar" role="toolbar" aria-label={t("text.textFormatting")}>
        {MARKS.map((mark) => (
          <MarkButton key={mark.mark} {...mark} />
        ))}
        <LinkButton />
        <VariableButton />
      </div>
      <Editable
        className="rich-text-editable"
        aria-label={t("text.messageText")}
        aria-multiline
        renderElement={renderElement}
        renderLeaf={renderLeaf}
        placeholder={t("text.typeTheMessage")}
        onKeyDown={(event) => onHotkey(editor, event)}
      />
    </Slate>
  );
}

/** The text bubble's rich-text editor (the default export, for `lazy`). */
export default function RichTextEditor({ block }: BlockProps) {
  const richText = block.content?.richText;
  const [written, setWritten] = useState<unknown>(richText);
  const [generation, setGeneration] = useState(0);
  // A text that is not the last one typed here came from elsewhere (undo, redo): start over.
  if (richText !== written) {
    setWritten(richText);
    setGeneration(generation + 1);
  }
  return (
    <SlateText
      key={`${block.id}:${generation}`}
      block={block}
      initial={editableRichText(richText)}
      onWrite={setWritten}
    />
  );
}
