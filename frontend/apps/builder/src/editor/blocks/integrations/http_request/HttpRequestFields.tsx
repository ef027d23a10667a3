import { useState } from "react";
import {
  CodeField,
  KeyValueListField,
  ListField,
  NumberField,
  SelectField,
  SwitchField,
  TextField,
  useBlockField,
  VariableField,
} from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { ResponseMappingList } from "./ResponseMappingList";
import { TestRequest } from "./TestRequest";

const METHODS = ["POST", "GET", "PUT", "DELETE", "PATCH", "HEAD", "CONNECT", "OPTIONS", "TRACE"];

/**
 * The request of an HTTP request block (and of Zapier, Make.com and Pabbly, which hold the same
 * `options.webhook`): method, URL, parameters, headers, body, timeout, response mapping, test.
 */
export function HttpRequestFields({ block, urlHelp }: BlockProps & { urlHelp?: string }) {
  const [isCustomBody] = useBlockField<boolean>(block, ["options", "isCustomBody"]);
  const [paths, setPaths] = useState<string[]>([]);
  return (
    <div className="settings-fields">
      <TextField
        block={block}
        path={["options", "webhook", "url"]}
        label="URL"
        placeholder="https://api.example.com/answers"
        help={urlHelp ?? "May hold {{variables}}."}
      />
      <SelectField
        block={block}
        path={["options", "webhook", "method"]}
        label="Method"
        options={METHODS}
        placeholder={null}
      />
      <KeyValueListField
        block={block}
        path={["options", "webhook", "queryParams"]}
        label="Query parameters"
        itemLabel="Parameter"
      />
      <KeyValueListField
        block={block}
        path={["options", "webhook", "headers"]}
        label="Headers"
        itemLabel="Header"
      />
      <SwitchField
        block={block}
        path={["options", "isCustomBody"]}
        label="Custom body"
        help="Off, the body holds every variable of the chat."
      />
      {isCustomBody && (
        <CodeField
          block={block}
          path={["options", "webhook", "body"]}
          label="Body"
          help="JSON; may hold {{variables}}."
        />
      )}
      <NumberField block={block} path={["options", "timeout"]} label="Timeout (seconds)" min={1} max={120} />
      <SwitchField
        block={block}
        path={["options", "isExecutedOnClient"]}
        label="Execute in the visitor's browser"
      />
      <ListField
        block={block}
        path={["options", "variablesForTest"]}
        label="Test values"
        itemLabel="Test value"
      >
        {(itemPath) => (
          <>
            <VariableField block={block} path={[...itemPath, "variableId"]} label="Variable" />
            <TextField block={block} path={[...itemPath, "value"]} label="Test value" />
          </>
        )}
      </ListField>
      <TestRequest block={block} onPaths={setPaths} />
      <ResponseMappingList block={block} suggestions={paths} />
    </div>
  );
}
