import { useTranslation } from "../../../../i18n";
import {
  CredentialsField,
  ListField,
  labelled,
  SelectField,
  TextField,
  useBlockField,
  VariableField,
} from "../../../settings/fields";
import { COMPARISON_OPERATORS } from "../../logic/condition/conditions";
import type { BlockProps } from "../../types";

const ACTIONS = ["Get data from sheet", "Insert a row", "Update a row"] as const;
const ROWS_TO_READ = ["First", "Last", "Random"] as const;

type Path = readonly (string | number)[];

function CellList({ block, path, label }: BlockProps & { path: Path; label: string }) {
  const { t } = useTranslation("blocks");
  return (
    <ListField block={block} path={path} label={label} itemLabel={t("googleSheets.cell")}>
      {(itemPath) => (
        <>
          <TextField block={block} path={[...itemPath, "column"]} label={t("googleSheets.column")} />
          <TextField
            block={block}
            path={[...itemPath, "value"]}
            label={t("googleSheets.value")}
            placeholder="{{Email}}"
          />
        </>
      )}
    </ListField>
  );
}

function RowFilter({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <>
      <ListField
        block={block}
        path={["options", "filter", "comparisons"]}
        label={t("googleSheets.rowsWhere")}
        itemLabel={t("googleSheets.filter")}
      >
        {(itemPath) => (
          <>
            <TextField block={block} path={[...itemPath, "column"]} label={t("googleSheets.column")} />
            <SelectField
              block={block}
              path={[...itemPath, "comparisonOperator"]}
              label={t("googleSheets.operator")}
              options={labelled(COMPARISON_OPERATORS, (operator) => t(`condition.operators.${operator}`))}
            />
            <TextField block={block} path={[...itemPath, "value"]} label={t("googleSheets.value")} />
          </>
        )}
      </ListField>
      <SelectField
        block={block}
        path={["options", "filter", "logicalOperator"]}
        label={t("googleSheets.match")}
        placeholder={t("googleSheets.allFiltersAnd")}
        options={[{ value: "OR", label: t("googleSheets.anyFilterOr") }]}
      />
    </>
  );
}

/** The Google Sheets block's settings: the sheet, then what to read or write. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const [action] = useBlockField<string>(block, ["options", "action"]);
  return (
    <div className="settings-fields">
      <CredentialsField
        block={block}
        path={["options", "credentialsId"]}
        label={t("googleSheets.googleAccount")}
        credentialsType="google sheets"
      />
      <TextField
        block={block}
        path={["options", "spreadsheetId"]}
        label={t("googleSheets.spreadsheetId")}
        help={t("googleSheets.inTheSheetSUrl")}
      />
      <TextField
        block={block}
        path={["options", "sheetId"]}
        label={t("googleSheets.sheetId")}
        help={t("googleSheets.inTheSheetSUrl2")}
      />
      <SelectField
        block={block}
        path={["options", "action"]}
        label={t("googleSheets.action")}
        options={labelled(ACTIONS, (value) => t(`googleSheets.actions.${value}`))}
      />
      {action === "Insert a row" && (
        <CellList block={block} path={["options", "cellsToInsert"]} label={t("googleSheets.cellsToInsert")} />
      )}
      {action === "Update a row" && (
        <>
          <RowFilter block={block} />
          <CellList
            block={block}
            path={["options", "cellsToUpsert"]}
            label={t("googleSheets.cellsToUpdate")}
          />
        </>
      )}
      {action === "Get data from sheet" && (
        <>
          <RowFilter block={block} />
          <SelectField
            block={block}
            path={["options", "totalRowsToExtract"]}
            label={t("googleSheets.rowsToRead")}
            placeholder={t("googleSheets.all")}
            options={labelled(ROWS_TO_READ, (value) => t(`googleSheets.rowsToReadOptions.${value}`))}
          />
          <ListField
            block={block}
            path={["options", "cellsToExtract"]}
            label={t("googleSheets.columnsToRead")}
            itemLabel={t("googleSheets.column")}
          >
            {(itemPath) => (
              <>
                <TextField block={block} path={[...itemPath, "column"]} label={t("googleSheets.column")} />
                <VariableField
                  block={block}
                  path={[...itemPath, "variableId"]}
                  label={t("googleSheets.saveIn")}
                />
              </>
            )}
          </ListField>
        </>
      )}
    </div>
  );
}
