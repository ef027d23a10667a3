/** The text input's extras: files attached to a reply, and voice clips. */
import { h } from "./dom";
import type { InputHost } from "./inputs";
import type { ChatInput } from "./types";

const CLIP_ICON =
  '<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true"><path d="m21.4 11.1-9.2 9.2a6 6 0 0 1-8.5-8.5l9.2-9.2a4 4 0 0 1 5.7 5.7l-9.2 9.2a2 2 0 0 1-2.8-2.8l8.5-8.5"/></svg>';
const MIC_ICON =
  '<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true"><rect x="9" y="2" width="6" height="12" rx="3"/><path d="M19 10a7 7 0 0 1-14 0M12 17v5"/></svg>';

function iconButton(label: string, icon: string): HTMLButtonElement {
  const button = h("button", { type: "button", class: "bl-button bl-outline bl-icon", "aria-label": label });
  button.innerHTML = icon;
  return button;
}

/** Files attached to the next reply: uploaded as soon as they are picked. */
export class Attachments {
  readonly button: HTMLButtonElement;
  readonly list = h("ul", { class: "bl-files", hidden: true, "aria-label": "Attached files" });
  private readonly native = h("input", { type: "file", multiple: true, class: "bl-sr", tabindex: "-1", "aria-hidden": "true" });
  private uploads: Promise<string>[] = [];
  private names: string[] = [];

  constructor(
    private readonly input: ChatInput,
    private readonly host: InputHost,
  ) {
    this.button = iconButton("Attach files", CLIP_ICON);
    this.button.addEventListener("click", () => this.native.click());
    this.native.addEventListener("change", () => this.add(Array.from(this.native.files ?? [])));
  }

  get elements(): HTMLElement[] {
    return [this.native, this.button];
  }

  get count(): number {
    return this.uploads.length;
  }

  get fileNames(): string[] {
    return this.names;
  }

  /** The URLs of the attached files, once all are uploaded. */
  urls(): Promise<string[]> {
    return Promise.all(this.uploads);
  }

  private add(files: File[]): void {
    for (const file of files) {
      this.names.push(file.name);
      this.uploads.push(this.host.upload(file, this.input.id));
    }
    this.list.replaceChildren(...this.names.map((name) => h("li", {}, name)));
    this.list.hidden = this.names.length === 0;
  }
}

/** A button that records a voice clip with the microphone and hands the recorded file over. */
export function voiceClipButton(onRecorded: (file: File) => void, onError: (message: string) => void): HTMLButtonElement | null {
  if (typeof MediaRecorder === "undefined" || !navigator.mediaDevices?.getUserMedia) return null;
  const button = iconButton("Record a voice message", MIC_ICON);
  let recorder: MediaRecorder | undefined;
  button.addEventListener("click", async () => {
    if (recorder) {
      recorder.stop();
      return;
    }
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const chunks: Blob[] = [];
      recorder = new MediaRecorder(stream);
      recorder.addEventListener("dataavailable", (event) => chunks.push(event.data));
      recorder.addEventListener("stop", () => {
        for (const track of stream.getTracks()) track.stop();
        const type = recorder?.mimeType || "audio/webm";
        recorder = undefined;
        button.setAttribute("aria-label", "Record a voice message");
        button.setAttribute("aria-pressed", "false");
        onRecorded(new File(chunks, `voice-message.${type.includes("ogg") ? "ogg" : type.includes("mp4") ? "m4a" : "webm"}`, { type }));
      });
      recorder.start();
      button.setAttribute("aria-label", "Stop recording");
      button.setAttribute("aria-pressed", "true");
    } catch {
      onError("The microphone is not available.");
    }
  });
  return button;
}
