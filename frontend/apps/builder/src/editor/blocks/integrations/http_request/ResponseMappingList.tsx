import { useId } from "react";
import { useTranslation } from "../../../../i18n";
import { ListField, useBlockField, VariableField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

type Path = readonly (string | number)[];

function BodyPathField({ block, path, suggestions }: BlockProps & { path: Path; suggestions: string[] }) {
  const { t } = useTranslation("blocks");
  const id = useId();
  const [value, setValue] = useBlockField<string>(block, path);
  return (
    <div className="field">
      <label htmlFor={id}>{t("httpRequest.bodyPath")}</label>
      <input
        id={id}
        type="text"
        placeholder="data.name"
        list={suggestions.length ? `${id}-paths` : undefined}
        value={value ?? ""}
        onChange={(event) => setValue(event.target.value || undefined)}
      />
      {suggestions.length > 0 && (
        <datalist id={`${id}-paths`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
    </div>
  );
}

/** Parts of a response (or a received call) saved into variables: body path → variable. */
export function ResponseMappingList({
  block,
  path = ["options", "responseVariableMapping"],
  suggestions = [],
}: BlockProps & { path?: Path; suggestions?: string[] }) {
  const { t } = useTranslation("blocks");
  return (
    <ListField
      block={block}
      path={path}
      label={t("httpRequest.saveInVariables")}
      itemLabel={t("httpRequest.mapping")}
    >
      {(itemPath) => (
        <>
          <BodyPathField block={block} path={[...itemPath, "bodyPath"]} suggestions={suggestions} />
          <VariableField block={block} path={[...itemPath, "variableId"]} label={t("httpRequest.variable")} />
        </>
      )}
    </ListField>
  );
}
