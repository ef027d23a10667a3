import { RotateCcw } from "lucide-react";
import { useId } from "react";
import { useTranslation } from "../../i18n";
import { type FieldOwner, type Path, useBlockField } from "../settings/fields";
import { toHexColor } from "./themeModel";

/**
 * A colour of the theme: a picker and the colour as text (any CSS colour), the widget's default
 * shown while the theme leaves it unset, and a reset to that default.
 */
export function ColorField({
  owner,
  path,
  label,
  fallback,
}: {
  owner: FieldOwner;
  path: Path;
  label: string;
  /** What the widget draws when the theme is silent. */
  fallback?: string;
}) {
  const { t } = useTranslation("theme");
  const id = useId();
  const [value, setValue] = useBlockField<string>(owner, path);
  const hex = toHexColor(value ?? fallback);
  return (
    <div className="field color-field">
      <label htmlFor={id}>{label}</label>
      <div className="color-field-row">
        <input
          type="color"
          className="color-swatch"
          data-empty={hex === null || undefined}
          aria-label={t("colorPicker", { field: label })}
          value={hex ?? "#000000"}
          onChange={(event) => setValue(event.target.value.toUpperCase())}
        />
        <input
          id={id}
          type="text"
          spellCheck={false}
          autoComplete="off"
          value={value ?? ""}
          placeholder={fallback}
          onChange={(event) => setValue(event.target.value.trim() || undefined)}
        />
        {value !== undefined && (
          <button
            type="button"
            className="icon-button"
            aria-label={t("reset", { field: label.toLowerCase() })}
            title={t("reset", { field: label.toLowerCase() })}
            onClick={() => setValue(undefined)}
          >
            <RotateCcw size={14} aria-hidden />
          </button>
        )}
      </div>
    </div>
  );
}
