import { useState } from "react";
import { useTranslation } from "../../../../i18n";
import {
  CodeField,
  CredentialsField,
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

/** The credentials kind of HTTP proxies (the server's `http proxy` credentials). */
const HTTP_PROXY_CREDENTIALS = "http proxy";

const METHODS = ["POST", "GET", "PUT", "DELETE", "PATCH", "HEAD", "CONNECT", "OPTIONS", "TRACE"];

/**
 * The request of an HTTP request block (and of Zapier, Make.com and Pabbly, which hold the same
 * `options.webhook`): method, URL, parameters, headers, body, timeout, proxy, response mapping, test.
 */
export function HttpRequestFields({ block, urlHelp }: BlockProps & { urlHelp?: string }) {
  const { t } = useTranslation("blocks");
  const [isCustomBody] = useBlockField<boolean>(block, ["options", "isCustomBody"]);
  const [paths, setPaths] = useState<string[]>([]);
  return (
    <div className="settings-fields">
      <TextField
        block={block}
        path={["options", "webhook", "url"]}
        label="URL"
        placeholder="https://api.example.com/answers"
        help={urlHelp ?? t("httpRequest.mayHold")}
      />
      <SelectField
        block={block}
        path={["options", "webhook", "method"]}
        label={t("httpRequest.method")}
        options={METHODS}
        placeholder={null}
      />
      <KeyValueListField
        block={block}
        path={["options", "webhook", "queryParams"]}
        label={t("httpRequest.queryParameters")}
        itemLabel={t("httpRequest.parameter")}
      />
      <KeyValueListField
        block={block}
        path={["options", "webhook", "headers"]}
        label={t("httpRequest.headers")}
        itemLabel={t("httpRequest.header")}
      />
      <SwitchField
        block={block}
        path={["options", "isCustomBody"]}
        label={t("httpRequest.customBody")}
        help={t("httpRequest.offTheBodyHoldsEvery")}
      />
      {isCustomBody && (
        <CodeField
          block={block}
          path={["options", "webhook", "body"]}
          label={t("httpRequest.body")}
          help={t("httpRequest.jsonMayHold")}
        />
      )}
      <NumberField
        block={block}
        path={["options", "timeout"]}
        label={t("httpRequest.timeoutSeconds")}
        min={1}
        max={120}
      />
      <CredentialsField
        block={block}
        path={["options", "proxyCredentialsId"]}
        label={t("httpRequest.proxy")}
        credentialsType={HTTP_PROXY_CREDENTIALS}
        noneLabel={t("httpRequest.noProxy")}
        help={t("httpRequest.proxyHelp")}
      />
      <SwitchField
        block={block}
        path={["options", "isExecutedOnClient"]}
        label={t("httpRequest.executeInTheVisitorS")}
      />
      <ListField
        block={block}
        path={["options", "variablesForTest"]}
        label={t("httpRequest.testValues")}
        itemLabel={t("httpRequest.testValue")}
      >
        {(itemPath) => (
          <>
            <VariableField
              block={block}
              path={[...itemPath, "variableId"]}
              label={t("httpRequest.variable")}
            />
            <TextField block={block} path={[...itemPath, "value"]} label={t("httpRequest.testValue")} />
          </>
        )}
      </ListField>
      <TestRequest block={block} onPaths={setPaths} />
      <ResponseMappingList block={block} suggestions={paths} />
    </div>
  );
}
