import { Upload } from "lucide-react";
import { useRef, useState } from "react";
import { useTranslation } from "../../i18n";
import { FieldGroup, SwitchField, TextField, useBlockField } from "../settings/fields";
import { useEditor } from "../store";
import { THEME } from "./themeFields";
import { uploadPicture } from "./uploadPicture";

/** The bot's or the user's avatar: shown or not, and its picture (a URL, or an upload). */
export function AvatarField({
  which,
  legend,
  defaultEnabled,
}: {
  which: "hostAvatar" | "guestAvatar";
  legend: string;
  defaultEnabled: boolean;
}) {
  const { t } = useTranslation("theme");
  const typebotId = useEditor((state) => state.doc?.id ?? "");
  const [enabled] = useBlockField<boolean>(THEME, ["chat", which, "isEnabled"]);
  const [url, setUrl] = useBlockField<string>(THEME, ["chat", which, "url"]);
  const [problem, setProblem] = useState("");
  const [uploading, setUploading] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setProblem("");
    setUploading(true);
    try {
      setUrl(await uploadPicture(typebotId, file));
    } catch (error) {
      setProblem(t("chat.uploadFailed", { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setUploading(false);
      if (input.current) input.current.value = "";
    }
  };

  return (
    <FieldGroup legend={legend}>
      <SwitchField
        block={THEME}
        path={["chat", which, "isEnabled"]}
        label={t("chat.avatarEnabled")}
        defaultValue={defaultEnabled}
      />
      {(enabled ?? defaultEnabled) && (
        <div className="avatar-field">
          {url && <img className="avatar-preview" src={url} alt={t("chat.avatarPreview")} />}
          <div className="avatar-inputs">
            <TextField
              block={THEME}
              path={["chat", which, "url"]}
              label={t("chat.avatarUrl")}
              help={t("chat.avatarUrlHelp")}
              placeholder="https://"
            />
            <input
              ref={input}
              type="file"
              accept="image/png,image/jpeg,image/gif,image/webp,image/avif"
              hidden
              onChange={(event) => void upload(event.target.files?.[0])}
            />
            <button type="button" disabled={uploading} onClick={() => input.current?.click()}>
              <Upload size={14} aria-hidden /> {uploading ? t("chat.uploading") : t("chat.upload")}
            </button>
            {problem && (
              <p role="alert" className="field-error">
                {problem}
              </p>
            )}
          </div>
        </div>
      )}
    </FieldGroup>
  );
}
