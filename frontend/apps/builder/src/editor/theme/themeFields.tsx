/** The theme's options as form fields, each editing one path of `doc.theme`. */
import { useId } from "react";
import { useTranslation } from "../../i18n";
import {
  type DocumentPart,
  FieldGroup,
  NumberField,
  SelectField,
  SwitchField,
  TextField,
  useBlockField,
} from "../settings/fields";
import { useEditor } from "../store";
import { AvatarField } from "./AvatarField";
import { ColorField } from "./ColorField";
import { defaultShown, themeDefaults } from "./themeModel";

type Font = string | { type?: string; family?: string };

/** Where the theme fields write: the document's `theme`. */
export const THEME: DocumentPart = { documentPath: ["theme"] };

/** The defaults the widget draws for this bot, by path (`chat.buttons.backgroundColor`). */
function useShownDefaults(): Record<string, string> {
  const version = useEditor((state) => state.doc?.version);
  return defaultShown(themeDefaults(version));
}

const FONTS = [
  "Open Sans",
  "Inter",
  "Roboto",
  "Lato",
  "Montserrat",
  "Poppins",
  "Raleway",
  "Nunito",
  "Merriweather",
];

/** The font family: a Google font's name, written as Typebot 6.1 does (`{type, family}`). */
function FontField({ fallback }: { fallback: string }) {
  const { t } = useTranslation("theme");
  const id = useId();
  const [font, setFont] = useBlockField<Font>(THEME, ["general", "font"]);
  const family = typeof font === "string" ? font : (font?.family ?? "");
  return (
    <div className="field">
      <label htmlFor={id}>{t("general.font")}</label>
      <input
        id={id}
        type="text"
        list={`${id}-fonts`}
        value={family}
        placeholder={fallback}
        aria-describedby={`${id}-help`}
        onChange={(event) =>
          setFont(event.target.value ? { type: "Google", family: event.target.value } : undefined)
        }
      />
      <datalist id={`${id}-fonts`}>
        {FONTS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <p id={`${id}-help`} className="field-help">
        {t("general.fontHelp")}
      </p>
    </div>
  );
}

/** Font, background and progress bar. */
export function GeneralFields() {
  const { t } = useTranslation("theme");
  const shown = useShownDefaults();
  const [backgroundType] = useBlockField<string>(THEME, ["general", "background", "type"]);
  const [progress] = useBlockField<boolean>(THEME, ["general", "progressBar", "isEnabled"]);
  const kind = backgroundType ?? "Color";
  return (
    <>
      <FontField fallback={shown["general.font"]} />
      <FieldGroup legend={t("general.background")}>
        <SelectField
          block={THEME}
          path={["general", "background", "type"]}
          label={t("general.backgroundType")}
          placeholder={t("defaultValue", { value: t("general.backgroundKinds.Color") })}
          options={(["Color", "Image", "None"] as const).map((value) => ({
            value,
            label: t(`general.backgroundKinds.${value}`),
          }))}
        />
        {kind === "Color" && (
          <ColorField
            owner={THEME}
            path={["general", "background", "content"]}
            label={t("general.backgroundColor")}
            fallback={shown["general.background.content"]}
          />
        )}
        {kind === "Image" && (
          <TextField
            block={THEME}
            path={["general", "background", "content"]}
            label={t("general.backgroundImage")}
            placeholder="https://"
          />
        )}
      </FieldGroup>
      <FieldGroup legend={t("general.progressBar")}>
        <SwitchField
          block={THEME}
          path={["general", "progressBar", "isEnabled"]}
          label={t("general.progressBarEnabled")}
        />
        {progress && (
          <>
            <div className="color-pair">
              <ColorField
                owner={THEME}
                path={["general", "progressBar", "color"]}
                label={t("general.progressBarColor")}
                fallback={shown["general.progressBar.color"]}
              />
              <ColorField
                owner={THEME}
                path={["general", "progressBar", "backgroundColor"]}
                label={t("general.progressBarBackground")}
                fallback={shown["general.progressBar.backgroundColor"]}
              />
            </div>
            <div className="field-pair">
              <SelectField
                block={THEME}
                path={["general", "progressBar", "placement"]}
                label={t("general.progressBarPlacement")}
                placeholder={t("defaultValue", { value: t("general.placements.Top") })}
                options={(["Top", "Bottom"] as const).map((value) => ({
                  value,
                  label: t(`general.placements.${value}`),
                }))}
              />
              <NumberField
                block={THEME}
                path={["general", "progressBar", "thickness"]}
                label={t("general.progressBarThickness")}
                min={1}
                max={20}
              />
            </div>
          </>
        )}
      </FieldGroup>
    </>
  );
}

type Box = "hostBubbles" | "guestBubbles" | "buttons" | "inputs";

/** The colours of one kind of box: bubbles, buttons or inputs. */
function BoxColors({ box, legend }: { box: Box; legend: string }) {
  const { t } = useTranslation("theme");
  const shown = useShownDefaults();
  return (
    <FieldGroup legend={legend}>
      <div className="color-pair">
        <ColorField
          owner={THEME}
          path={["chat", box, "backgroundColor"]}
          label={t("chat.backgroundColor")}
          fallback={shown[`chat.${box}.backgroundColor`]}
        />
        <ColorField
          owner={THEME}
          path={["chat", box, "color"]}
          label={t("chat.color")}
          fallback={shown[`chat.${box}.color`]}
        />
        {box === "inputs" && (
          <ColorField
            owner={THEME}
            path={["chat", box, "placeholderColor"]}
            label={t("chat.placeholderColor")}
            fallback={shown[`chat.${box}.placeholderColor`]}
          />
        )}
      </div>
    </FieldGroup>
  );
}

/** Container, avatars, roundness, bubbles, buttons and inputs. */
export function ChatFields() {
  const { t } = useTranslation("theme");
  const shown = useShownDefaults();
  const defaults = themeDefaults(useEditor((state) => state.doc?.version));
  const [containerRoundness] = useBlockField<string>(THEME, ["chat", "container", "border", "roundeness"]);
  const roundness = (kinds: readonly string[]) =>
    kinds.map((value) => ({ value, label: t(`chat.roundnessKinds.${value as "none"}`) }));
  return (
    <>
      <SelectField
        block={THEME}
        path={["chat", "roundness"]}
        label={t("chat.roundness")}
        help={t("chat.roundnessHelp")}
        placeholder={t("defaultValue", {
          value: t(`chat.roundnessKinds.${shown["chat.roundness"] as "medium"}`),
        })}
        options={roundness(["none", "medium", "large"])}
      />
      <FieldGroup legend={t("chat.container")}>
        <div className="color-pair">
          <ColorField
            owner={THEME}
            path={["chat", "container", "backgroundColor"]}
            label={t("chat.backgroundColor")}
            fallback={shown["chat.container.backgroundColor"]}
          />
          <ColorField owner={THEME} path={["chat", "container", "color"]} label={t("chat.color")} />
        </div>
        <SelectField
          block={THEME}
          path={["chat", "container", "border", "roundeness"]}
          label={t("chat.containerRoundness")}
          placeholder={t("defaultValue", { value: t("chat.roundnessKinds.medium") })}
          options={roundness(["none", "medium", "large", "custom"])}
        />
        {containerRoundness === "custom" && (
          <NumberField
            block={THEME}
            path={["chat", "container", "border", "customRoundeness"]}
            label={t("chat.customRoundness")}
            min={0}
            max={64}
          />
        )}
      </FieldGroup>
      <AvatarField which="hostAvatar" legend={t("chat.hostAvatar")} defaultEnabled={defaults.hostAvatar} />
      <AvatarField which="guestAvatar" legend={t("chat.guestAvatar")} defaultEnabled={false} />
      <BoxColors box="hostBubbles" legend={t("chat.hostBubbles")} />
      <BoxColors box="guestBubbles" legend={t("chat.guestBubbles")} />
      <BoxColors box="buttons" legend={t("chat.buttons")} />
      <BoxColors box="inputs" legend={t("chat.inputs")} />
    </>
  );
}
