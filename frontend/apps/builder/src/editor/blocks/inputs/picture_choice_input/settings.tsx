import { useTranslation } from "../../../../i18n";
import { createId } from "../../../document";
import { FieldGroup, SwitchField, TextField, VariableField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { ChoiceOptions, SaveAnswerField } from "../common";
import { ItemsEditor } from "../items";

const DYNAMIC = ["options", "dynamicItems"] as const;

/** The picture choice input's settings: its pictures, then how the visitor picks them. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const dynamicItems = block.options?.dynamicItems as { isEnabled?: boolean } | undefined;
  const dynamic = Boolean(dynamicItems?.isEnabled);
  return (
    <>
      {!dynamic && (
        <ItemsEditor block={block} noun="picture" newItem={() => ({ id: createId() })}>
          {(_item, index) => (
            <>
              <TextField
                block={block}
                path={["items", index, "pictureSrc"]}
                label={t("pictureChoiceInput.picture.url", { picture: index + 1 })}
                placeholder="https://…"
              />
              <TextField
                block={block}
                path={["items", index, "title"]}
                label={t("pictureChoiceInput.picture.title", { picture: index + 1 })}
              />
              <TextField
                block={block}
                path={["items", index, "description"]}
                label={t("pictureChoiceInput.picture.description", { picture: index + 1 })}
              />
              <TextField
                block={block}
                path={["items", index, "value"]}
                label={t("pictureChoiceInput.picture.savedValue", { picture: index + 1 })}
                placeholder={t("pictureChoiceInput.sameAsTheTitle")}
              />
            </>
          )}
        </ItemsEditor>
      )}
      <FieldGroup legend={t("pictureChoiceInput.picturesFromListVariables")}>
        <SwitchField
          block={block}
          path={[...DYNAMIC, "isEnabled"]}
          label={t("pictureChoiceInput.dynamicPictures")}
        />
        {dynamic && (
          <>
            <VariableField
              block={block}
              path={[...DYNAMIC, "pictureSrcsVariableId"]}
              label={t("pictureChoiceInput.pictureUrls")}
            />
            <VariableField
              block={block}
              path={[...DYNAMIC, "titlesVariableId"]}
              label={t("pictureChoiceInput.titles")}
            />
            <VariableField
              block={block}
              path={[...DYNAMIC, "descriptionsVariableId"]}
              label={t("pictureChoiceInput.descriptions")}
            />
          </>
        )}
      </FieldGroup>
      <ChoiceOptions block={block} />
      <SaveAnswerField block={block} />
    </>
  );
}
