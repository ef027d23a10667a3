/** The input the bot waits on, one view per input type; each calls `host.submit` with the reply. */
import { COUNTRIES, flag, guessCountry, internationalNumber } from "./countries";
import { h, safeUrl } from "./dom";
import { Attachments, voiceClipButton } from "./extras";
import { paymentInput } from "./payment";
import type { CardItem, ChatInput, ChoiceItem, OutgoingMessage, PictureChoiceItem, SystemMessages } from "./types";

export interface InputHost {
  /** Sends the reply; `display` is the visitor's bubble text (null: no bubble). */
  submit(message: OutgoingMessage | undefined, display: string | null): void;
  /** Uploads one file through the chat API's upload URL and returns its public URL. */
  upload(file: File, blockId: string): Promise<string>;
  systemMessages: SystemMessages;
}

type Opts = Record<string, any>;

const TEXT_FIELDS: Record<string, { type: string; placeholder: string; inputmode?: string; autocomplete?: string }> = {
  "text input": { type: "text", placeholder: "Type your answer..." },
  "number input": { type: "number", placeholder: "Type a number...", inputmode: "decimal" },
  "email input": { type: "email", placeholder: "Type your email...", autocomplete: "email" },
  "url input": { type: "url", placeholder: "Type a URL...", inputmode: "url" },
};

/** The view for `input`. */
export function renderInput(input: ChatInput, host: InputHost): HTMLElement {
  const wrap = h("div", { class: "bl-input typebot-input-form" });
  wrap.appendChild(inputBody(input, host));
  return wrap;
}

function inputBody(input: ChatInput, host: InputHost): HTMLElement {
  switch (input.type) {
    case "choice input":
      return choiceInput(input, host);
    case "picture choice input":
      return pictureChoiceInput(input, host);
    case "rating input":
      return ratingInput(input, host);
    case "file input":
      return fileInput(input, host);
    case "cards":
      return cardsInput(input, host);
    case "date input":
      return dateInput(input, host);
    case "time input":
      return timeInput(input, host);
    case "phone number input":
      return phoneInput(input, host);
    case "payment input":
      return paymentInput(input, host);
    default:
      return textInput(input, host);
  }
}

/** The visible label is the accessible name too (WCAG "label in name"): "Send" by default. */
function sendButton(
  label: string | undefined,
  disabled = false,
  type: "submit" | "button" = "submit",
): HTMLButtonElement {
  return h("button", { type, class: "bl-button typebot-button", disabled }, label || "Send");
}

const SEND_ICON =
  '<svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="M3.4 20.4 20.9 12.9a1 1 0 0 0 0-1.8L3.4 3.6a1 1 0 0 0-1.4 1.2L4.3 12l-2.3 7.2a1 1 0 0 0 1.4 1.2zM4.8 13h7.7v-2H4.8z"/></svg>';

/** The send button of one-line inputs: an icon, named by the label (Send by default). */
function sendIconButton(label: string | undefined): HTMLButtonElement {
  const button = h("button", { type: "submit", class: "bl-button bl-send typebot-button", "aria-label": label || "Send" });
  button.innerHTML = SEND_ICON;
  return button;
}

/** A one-line input: its fields in one framed box, then the send button. */
function form(onSubmit: () => void, fields: (HTMLElement | null)[], button: HTMLElement): HTMLFormElement {
  return bareForm(onSubmit, h("div", { class: "bl-box typebot-input" }, ...fields), button);
}

function bareForm(onSubmit: () => void, ...children: (HTMLElement | null)[]): HTMLFormElement {
  return h(
    "form",
    {
      class: "bl-form",
      novalidate: true,
      onsubmit: ((event: Event) => {
        event.preventDefault();
        onSubmit();
      }) as EventListener,
    },
    ...children,
  );
}

function uploadErrorText(host: InputHost): string {
  return host.systemMessages.fileUploadError || "An error occurred while uploading the file";
}

/** Checks a native field's validity and shows the browser's message when it fails. */
function valid(field: HTMLInputElement | HTMLTextAreaElement): boolean {
  if (field.checkValidity()) return true;
  field.reportValidity();
  return false;
}

function textInput(input: ChatInput, host: InputHost): HTMLElement {
  const o: Opts = input.options ?? {};
  const spec = TEXT_FIELDS[input.type] ?? TEXT_FIELDS["text input"];
  const placeholder = o.labels?.placeholder || spec.placeholder;
  const common = {
    class: "bl-field",
    placeholder,
    "aria-label": placeholder,
    autocomplete: spec.autocomplete ?? "off",
    inputmode: o.inputMode ?? spec.inputmode,
  };
  const field: HTMLInputElement | HTMLTextAreaElement =
    input.type === "text input" && o.isLong
      ? h("textarea", { ...common, "aria-description": "Press Ctrl+Enter to send" })
      : h("input", {
          ...common,
          type: spec.type,
          min: o.min ?? undefined,
          max: o.max ?? undefined,
          step: input.type === "number input" ? (o.step ?? "any") : undefined,
        });
  field.value = input.prefilledValue ?? "";
  const isText = input.type === "text input";
  const attachments = isText && o.attachments?.isEnabled ? new Attachments(input, host) : undefined;
  const alert = h("div", { class: "bl-alert", role: "alert", hidden: true });
  const fail = (message: string) => {
    alert.textContent = message;
    alert.hidden = false;
  };
  const submit = async () => {
    const text = field.value.trim();
    if ((!text && !attachments?.count) || !valid(field)) return;
    if (!attachments?.count) return host.submit({ type: "text", text }, text);
    try {
      const urls = await attachments.urls();
      host.submit({ type: "text", text, attachedFileUrls: urls }, [text, ...attachments.fileNames].filter(Boolean).join("\n"));
    } catch {
      fail(uploadErrorText(host));
    }
  };
  if (field instanceof HTMLTextAreaElement) {
    field.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void submit();
      }
    });
  }
  const voice =
    isText && o.audioClip?.isEnabled
      ? voiceClipButton(async (file) => {
          try {
            host.submit({ type: "audio", url: await host.upload(file, input.id) }, "Voice message");
          } catch {
            fail(uploadErrorText(host));
          }
        }, fail)
      : null;
  const body = form(() => void submit(), [...(attachments?.elements ?? []), field, voice], sendIconButton(o.labels?.button));
  if (!attachments && !voice) return body;
  return h("div", { class: "bl-form-stack" }, attachments?.list ?? null, alert, body);
}

function phoneInput(input: ChatInput, host: InputHost): HTMLElement {
  const o: Opts = input.options ?? {};
  const placeholder = o.labels?.placeholder || "Type your phone number...";
  const names = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames([navigator.language], { type: "region" }) : undefined;
  const defaultCode = (o.defaultCountryCode as string | undefined)?.toUpperCase() || guessCountry(navigator.languages ?? []);
  const select = h(
    "select",
    { class: "bl-field", "aria-label": "Country code" },
    h("option", { value: "" }, "🌐"),
    COUNTRIES.map((c) =>
      h(
        "option",
        { value: c.code, selected: c.code === defaultCode, "aria-label": `${names?.of(c.code) ?? c.code} +${c.dial}` },
        `${flag(c.code)} +${c.dial}`,
      ),
    ),
  );
  const field = h("input", {
    class: "bl-field",
    type: "tel",
    placeholder,
    "aria-label": placeholder,
    autocomplete: "tel",
  });
  field.value = input.prefilledValue ?? "";
  const submit = () => {
    const typed = field.value.trim();
    if (!typed) return;
    const dial = COUNTRIES.find((c) => c.code === select.value)?.dial;
    const text = internationalNumber(dial, typed);
    host.submit({ type: "text", text }, text);
  };
  return form(submit, [select, field], sendIconButton(o.labels?.button));
}

function dateInput(input: ChatInput, host: InputHost): HTMLElement {
  const o: Opts = input.options ?? {};
  const type = o.hasTime ? "datetime-local" : "date";
  const bound = (value: unknown) => {
    const text = typeof value === "string" ? value : "";
    const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/.exec(text)?.[0];
    if (!iso) return undefined;
    return o.hasTime ? (iso.length > 10 ? iso : `${iso}T00:00`) : iso.slice(0, 10);
  };
  const field = (label: string) =>
    h("input", { class: "bl-field", type, "aria-label": label, min: bound(o.min), max: bound(o.max), required: true });
  const from = field(o.isRange ? (o.labels?.from || "From:").replace(/:$/, "") : "Date");
  const to = field((o.labels?.to || "To:").replace(/:$/, ""));
  const submit = () => {
    if (!from.value || (o.isRange && !to.value) || !valid(from) || (o.isRange && !valid(to))) return;
    const text = o.isRange ? `${from.value} ${o.labels?.separator || "to"} ${to.value}` : from.value;
    host.submit({ type: "text", text }, text);
  };
  if (!o.isRange) return form(submit, [from], sendButton(o.labels?.button));
  const labelled = (text: string, el: HTMLInputElement) => h("label", { class: "bl-label" }, h("span", { "aria-hidden": "true" }, text), el);
  const body = bareForm(
    submit,
    labelled(o.labels?.from || "From:", from),
    labelled(o.labels?.to || "To:", to),
    sendButton(o.labels?.button),
  );
  body.classList.add("bl-column", "bl-framed");
  return body;
}

function timeInput(input: ChatInput, host: InputHost): HTMLElement {
  const o: Opts = input.options ?? {};
  const field = h("input", { class: "bl-field", type: "time", "aria-label": "Time", required: true });
  const submit = () => {
    if (!field.value || !valid(field)) return;
    host.submit({ type: "text", text: field.value }, field.value);
  };
  return form(submit, [field], sendButton(o.labels?.button));
}

/** A search box that hides the options not matching what is typed. */
function searchBox(
  placeholder: string,
  options: { el: HTMLElement; text: string }[],
  initiallyVisible: boolean,
): HTMLInputElement {
  const field = h("input", {
    class: "bl-field",
    type: "search",
    placeholder,
    "aria-label": placeholder,
    autocomplete: "off",
  });
  const filter = () => {
    const query = field.value.trim().toLowerCase();
    for (const option of options) {
      option.el.hidden = query ? !option.text.toLowerCase().includes(query) : !initiallyVisible;
    }
  };
  field.addEventListener("input", filter);
  filter();
  return field;
}

/** Buttons that toggle (multiple choice) and a send button enabled once one is chosen. */
function multiSelect<T>(
  entries: { item: T; el: HTMLButtonElement }[],
  label: string | undefined,
  onSend: (chosen: T[]) => void,
): HTMLButtonElement {
  const send = sendButton(label, true, "button");
  const chosen = () => entries.filter((e) => e.el.getAttribute("aria-pressed") === "true");
  for (const entry of entries) {
    entry.el.setAttribute("aria-pressed", "false");
    entry.el.addEventListener("click", () => {
      entry.el.setAttribute("aria-pressed", String(entry.el.getAttribute("aria-pressed") !== "true"));
      send.disabled = chosen().length === 0;
    });
  }
  send.addEventListener("click", () => {
    const items = chosen().map((e) => e.item);
    if (items.length) onSend(items);
  });
  return send;
}

function choiceInput(input: ChatInput, host: InputHost): HTMLElement {
  const o: Opts = input.options ?? {};
  const items = (input.items ?? []) as ChoiceItem[];
  const text = (item: ChoiceItem) => item.content ?? item.value ?? "";
  const entries = items.map((item) => ({
    item,
    el: h("button", { type: "button", class: "bl-button typebot-button" }, text(item)),
  }));
  if (!o.isMultipleChoice) {
    for (const { item, el } of entries) {
      el.addEventListener("click", () =>
        host.submit({ type: "text", text: item.value || text(item), metadata: { replyId: item.id } }, text(item)),
      );
    }
  }
  // A lone choice pulses a dot at its corner, as in Typebot's embed, to show it is waiting to be clicked.
  if (entries.length === 1 && !o.isMultipleChoice) entries[0].el.appendChild(h("span", { class: "bl-ping", "aria-hidden": "true" }));
  const buttons = h("div", { class: "bl-buttons", role: "group", "aria-label": "Choices" }, entries.map((e) => e.el));
  const body = h("div", { class: "bl-choices" });
  if (o.isSearchable) {
    const options = entries.map((e) => ({ el: e.el, text: text(e.item) }));
    const search = searchBox(o.searchInputPlaceholder || "Filter the options...", options, o.areInitialSearchButtonsVisible !== false);
    body.appendChild(h("div", { class: "bl-box bl-search" }, search));
  }
  body.appendChild(buttons);
  if (o.isMultipleChoice) {
    body.appendChild(
      multiSelect(entries, o.buttonLabel, (chosen) => {
        host.submit(
          { type: "text", text: chosen.map((i) => i.value || text(i)).join(", ") },
          chosen.map(text).join(", "),
        );
      }),
    );
  }
  return body;
}

function pictureChoiceInput(input: ChatInput, host: InputHost): HTMLElement {
  const o: Opts = input.options ?? {};
  const items = (input.items ?? []) as PictureChoiceItem[];
  const label = (item: PictureChoiceItem) => item.title || item.value || "Picture";
  const entries = items.map((item) => ({
    item,
    el: h(
      "button",
      { type: "button", class: "bl-button bl-picture typebot-button" },
      h("img", { src: safeUrl(item.pictureSrc, "media"), alt: item.title ? "" : label(item), loading: "lazy" }),
      item.title || item.description
        ? h("span", {}, item.title ? h("strong", {}, item.title) : null, item.description ? h("small", {}, h("br"), item.description) : null)
        : null,
    ),
  }));
  if (!o.isMultipleChoice) {
    for (const { item, el } of entries) {
      el.addEventListener("click", () =>
        host.submit(
          { type: "text", text: item.value || item.title || item.pictureSrc || "", metadata: { replyId: item.id } },
          label(item),
        ),
      );
    }
  }
  const body = h("div", { class: "bl-choices" });
  if (o.isSearchable) {
    const options = entries.map((e) => ({ el: e.el, text: `${e.item.title ?? ""} ${e.item.description ?? ""}` }));
    body.appendChild(h("div", { class: "bl-box bl-search" }, searchBox(o.searchInputPlaceholder || "Filter the options...", options, true)));
  }
  body.appendChild(h("div", { class: "bl-pictures", role: "group", "aria-label": "Choices" }, entries.map((e) => e.el)));
  if (o.isMultipleChoice) {
    body.appendChild(
      multiSelect(entries, o.buttonLabel, (chosen) =>
        host.submit(
          { type: "text", text: chosen.map((i) => i.value || i.title || i.pictureSrc || "").join(", ") },
          chosen.map(label).join(", "),
        ),
      ),
    );
  }
  return body;
}

const STAR =
  '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" aria-hidden="true"><path d="M12 2l3.09 6.26L22 9.27l-5 4.87 1.18 6.88L12 17.77l-6.18 3.25L7 14.14 2 9.27l6.91-1.01L12 2z"/></svg>';

function ratingInput(input: ChatInput, host: InputHost): HTMLElement {
  const o: Opts = input.options ?? {};
  const isIcons = o.buttonType === "Icons";
  const length = Number(o.length ?? 10);
  const start = isIcons ? 1 : Number(o.startsAt ?? 0);
  const values = Array.from({ length: Math.max(0, length - start + 1) }, (_, i) => start + i);
  let selected: number | undefined;
  const send = (value: number) => host.submit({ type: "text", text: String(value) }, String(value));
  /** Stars up to `upTo` are filled (hover and focus preview, then the choice). */
  const fill = (upTo: number) => {
    for (const [i, button] of buttons.entries()) button.querySelector("svg")?.setAttribute("fill", values[i] <= upTo ? "currentColor" : "none");
  };
  const buttons = values.map((value) => {
    const button = h("button", {
      type: "button",
      class: isIcons ? "bl-button bl-star" : "bl-button typebot-button",
      "aria-pressed": "false",
      "aria-label": isIcons ? `${value} of ${length}` : null,
    });
    if (!isIcons) button.textContent = String(value);
    else if (o.customIcon?.isEnabled && o.customIcon.svg) {
      button.appendChild(h("img", { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(o.customIcon.svg)}`, alt: "" }));
    } else button.innerHTML = STAR;
    if (isIcons) {
      button.addEventListener("mouseenter", () => fill(value));
      button.addEventListener("focus", () => fill(value));
      button.addEventListener("mouseleave", () => fill(selected ?? 0));
      button.addEventListener("blur", () => fill(selected ?? 0));
    }
    button.addEventListener("click", () => {
      selected = value;
      for (const [i, other] of buttons.entries()) other.setAttribute("aria-pressed", String(values[i] === value));
      fill(value);
      submitButton.disabled = false;
      if (o.isOneClickSubmitEnabled) send(value);
    });
    return button;
  });
  const submitButton = sendButton(o.labels?.button, true);
  submitButton.type = "button";
  submitButton.addEventListener("click", () => selected !== undefined && send(selected));
  const left = o.labels?.left;
  const right = o.labels?.right;
  return h(
    "div",
    { class: "bl-rating" },
    h("div", { class: "bl-buttons", role: "group", "aria-label": "Rating" }, buttons),
    left || right ? h("div", { class: "bl-rating-labels" }, h("span", {}, left ?? ""), h("span", {}, right ?? "")) : null,
    o.isOneClickSubmitEnabled ? null : submitButton,
  );
}

function acceptList(o: Opts): string | undefined {
  const allowed = o.allowedFileTypes;
  if (!allowed?.isEnabled || !Array.isArray(allowed.types) || allowed.types.length === 0) return undefined;
  return (allowed.types as string[]).map((t) => (t.includes("/") || t.startsWith(".") ? t : `.${t}`)).join(",");
}

function fileInput(input: ChatInput, host: InputHost): HTMLElement {
  const o: Opts = input.options ?? {};
  const labels = o.labels ?? {};
  const multiple = o.isMultipleAllowed === true;
  let files: File[] = [];
  const native = h("input", {
    type: "file",
    class: "bl-sr",
    tabindex: "-1",
    "aria-hidden": "true",
    multiple,
    accept: acceptList(o),
  });
  const placeholder = (labels.placeholder as string | undefined)?.replace(/<[^>]*>/g, "") || "Click to upload or drag and drop";
  const zone = h("button", { type: "button", class: "bl-drop", "aria-label": placeholder }, placeholder);
  const list = h("ul", { class: "bl-files", hidden: true });
  const alert = h("div", { class: "bl-alert", role: "alert", hidden: true });
  const uploadButton = h("button", { type: "button", class: "bl-button typebot-button", hidden: true }, labels.button || "Upload");
  const clearButton = h("button", { type: "button", class: "bl-button bl-outline", hidden: true }, labels.clear || "Clear");
  const actions = h("div", { class: "bl-actions" }, clearButton, uploadButton);

  const upload = async () => {
    if (files.length === 0) return;
    zone.disabled = uploadButton.disabled = clearButton.disabled = true;
    zone.textContent = "Uploading…";
    try {
      const urls = await Promise.all(files.map((file) => host.upload(file, input.id)));
      const display =
        urls.length === 1
          ? labels.success?.single || "File uploaded"
          : (labels.success?.multiple || "{total} files uploaded").replace("{total}", String(urls.length));
      host.submit({ type: "text", text: urls.join(", ") }, display);
    } catch {
      alert.textContent = uploadErrorText(host);
      alert.hidden = false;
      zone.disabled = uploadButton.disabled = clearButton.disabled = false;
      zone.textContent = placeholder;
    }
  };
  const choose = (chosen: File[]) => {
    if (chosen.length === 0) return;
    alert.hidden = true;
    files = multiple ? [...files, ...chosen] : chosen.slice(0, 1);
    if (!multiple) return void upload();
    list.replaceChildren(...files.map((f) => h("li", {}, f.name)));
    list.hidden = uploadButton.hidden = clearButton.hidden = false;
  };
  native.addEventListener("change", () => choose(Array.from(native.files ?? [])));
  zone.addEventListener("click", () => native.click());
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("bl-over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("bl-over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("bl-over");
    choose(Array.from(event.dataTransfer?.files ?? []));
  });
  clearButton.addEventListener("click", () => {
    files = [];
    list.hidden = uploadButton.hidden = clearButton.hidden = true;
  });
  uploadButton.addEventListener("click", () => void upload());
  if (o.isRequired === false) {
    actions.appendChild(
      h(
        "button",
        { type: "button", class: "bl-button bl-outline", onclick: (() => host.submit(undefined, labels.skip || "Skip")) as EventListener },
        labels.skip || "Skip",
      ),
    );
  }
  const body = h("div", { class: "bl-form bl-framed bl-column" }, native, zone, list, alert, actions);
  return body;
}

function cardsInput(input: ChatInput, host: InputHost): HTMLElement {
  const items = (input.items ?? []) as CardItem[];
  return h(
    "div",
    { class: "bl-cards", role: "list", "aria-label": "Cards" },
    items.map((card) =>
      h(
        "div",
        { class: "bl-card", role: "listitem" },
        card.imageUrl ? h("img", { src: safeUrl(card.imageUrl, "media"), alt: card.title ?? "", loading: "lazy" }) : null,
        card.title ? h("h3", {}, card.title) : null,
        card.description ? h("p", {}, card.description) : null,
        (card.paths ?? []).map((path) => {
          const text = path.text || card.title || "Select";
          return h(
            "button",
            {
              type: "button",
              class: "bl-button typebot-button",
              onclick: (() => host.submit({ type: "text", text, metadata: { replyId: path.id } }, text)) as EventListener,
            },
            text,
          );
        }),
      ),
    ),
  );
}
