import {
  CredentialsField,
  ListField,
  SelectField,
  TextField,
  useBlockField,
  VariableField,
} from "../../../settings/fields";
import { COMPARISON_OPERATORS } from "../../logic/condition/conditions";
import type { BlockProps } from "../../types";

const ACTIONS = ["Get data from sheet", "Insert a row", "Update a row"];

type Path = readonly (string | number)[];

function CellList({ block, path, label }: BlockProps & { path: Path; label: string }) {
  return (
    <ListField block={block} path={path} label={label} itemLabel="Cell">
      {(itemPath) => (
        <>
          <TextField block={block} path={[...itemPath, "column"]} label="Column" />
          <TextField block={block} path={[...itemPath, "value"]} label="Value" placeholder="{{Email}}" />
        </>
      )}
    </ListField>
  );
}

function RowFilter({ block }: BlockProps) {
  return (
    <>
      <ListField
        block={block}
        path={["options", "filter", "comparisons"]}
        label="Rows where"
        itemLabel="Filter"
      >
        {(itemPath) => (
          <>
            <TextField block={block} path={[...itemPath, "column"]} label="Column" />
            <SelectField
              block={block}
              path={[...itemPath, "comparisonOperator"]}
              label="Operator"
              options={COMPARISON_OPERATORS}
            />
            <TextField block={block} path={[...itemPath, "value"]} label="Value" />
          </>
        )}
      </ListField>
      <SelectField
        block={block}
        path={["options", "filter", "logicalOperator"]}
        label="Match"
        placeholder="All filters (AND)"
        options={[{ value: "OR", label: "Any filter (OR)" }]}
      />
    </>
  );
}

/** The Google Sheets block's settings: the sheet, then what to read or write. */
export function Settings({ block }: BlockProps) {
  const [action] = useBlockField<string>(block, ["options", "action"]);
  return (
    <div className="settings-fields">
      <CredentialsField
        block={block}
        path={["options", "credentialsId"]}
        label="Google account"
        credentialsType="google sheets"
      />
      <TextField
        block={block}
        path={["options", "spreadsheetId"]}
        label="Spreadsheet id"
        help="In the sheet's URL, after /d/."
      />
      <TextField
        block={block}
        path={["options", "sheetId"]}
        label="Sheet id"
        help="In the sheet's URL, after gid=."
      />
      <SelectField block={block} path={["options", "action"]} label="Action" options={ACTIONS} />
      {action === "Insert a row" && (
        <CellList block={block} path={["options", "cellsToInsert"]} label="Cells to insert" />
      )}
      {action === "Update a row" && (
        <>
          <RowFilter block={block} />
          <CellList block={block} path={["options", "cellsToUpsert"]} label="Cells to update" />
        </>
      )}
      {action === "Get data from sheet" && (
        <>
          <RowFilter block={block} />
          <SelectField
            block={block}
            path={["options", "totalRowsToExtract"]}
            label="Rows to read"
            placeholder="All"
            options={["First", "Last", "Random"]}
          />
          <ListField
            block={block}
            path={["options", "cellsToExtract"]}
            label="Columns to read"
            itemLabel="Column"
          >
            {(itemPath) => (
              <>
                <TextField block={block} path={[...itemPath, "column"]} label="Column" />
                <VariableField block={block} path={[...itemPath, "variableId"]} label="Save in" />
              </>
            )}
          </ListField>
        </>
      )}
    </div>
  );
}
