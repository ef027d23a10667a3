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
import type { BlockProps } from "../../types";

const ROLES = ["system", "user", "assistant", "Messages sequence ✨", "Dialogue"] as const;
const VALUES_TO_EXTRACT = ["Message content", "Total tokens", "Prompt tokens", "Completion tokens"] as const;
const TASKS = ["Create chat completion", "Create speech", "Create image"] as const;

type Path = readonly (string | number)[];

function MessageFields({ block, path }: BlockProps & { path: Path }) {
  const { t } = useTranslation("blocks");
  const [role] = useBlockField<string>(block, [...path, "role"]);
  return (
    <>
      <SelectField
        block={block}
        path={[...path, "role"]}
        label={t("openai.role")}
        options={labelled(ROLES, (role) => t(`openai.roles.${role}`))}
      />
      {role === "Dialogue" && (
        <>
          <VariableField
            block={block}
            path={[...path, "dialogueVariableId"]}
            label={t("openai.dialogueVariable")}
          />
          <SelectField
            block={block}
            path={[...path, "startsBy"]}
            label={t("openai.startsBy")}
            options={labelled(["user", "assistant"] as const, (role) => t(`openai.roles.${role}`))}
          />
        </>
      )}
      {role === "Messages sequence ✨" && (
        <>
          <VariableField
            block={block}
            path={[...path, "content", "userMessagesVariableId"]}
            label={t("openai.userMessages")}
          />
          <VariableField
            block={block}
            path={[...path, "content", "assistantMessagesVariableId"]}
            label={t("openai.assistantMessages")}
          />
        </>
      )}
      {role !== "Dialogue" && role !== "Messages sequence ✨" && (
        <TextField block={block} path={[...path, "content"]} label={t("openai.content")} multiline />
      )}
    </>
  );
}

function ChatCompletion({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <>
      <ListField
        block={block}
        path={["options", "messages"]}
        label={t("openai.messages")}
        itemLabel={t("openai.message")}
        newItem={() => ({ role: "user" })}
      >
        {(itemPath) => <MessageFields block={block} path={itemPath} />}
      </ListField>
      <TextField
        block={block}
        path={["options", "advancedSettings", "temperature"]}
        label={t("openai.temperature")}
        placeholder="1"
      />
      <ListField
        block={block}
        path={["options", "responseMapping"]}
        label={t("openai.saveTheResponse")}
        itemLabel={t("openai.mapping")}
        newItem={() => ({ valueToExtract: "Message content" })}
      >
        {(itemPath) => (
          <>
            <SelectField
              block={block}
              path={[...itemPath, "valueToExtract"]}
              label={t("openai.value")}
              options={labelled(VALUES_TO_EXTRACT, (value) => t(`openai.valuesToExtract.${value}`))}
            />
            <VariableField block={block} path={[...itemPath, "variableId"]} label={t("openai.variable")} />
          </>
        )}
      </ListField>
    </>
  );
}

/** The legacy OpenAI block's settings (new bots use the OpenAI plugin block). */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const [task] = useBlockField<string>(block, ["options", "task"]);
  return (
    <div className="settings-fields">
      <CredentialsField
        block={block}
        path={["options", "credentialsId"]}
        label={t("openai.openaiAccount")}
        credentialsType="openai"
      />
      <SelectField
        block={block}
        path={["options", "task"]}
        label={t("openai.task")}
        options={labelled(TASKS, (task) => t(`openai.tasks.${task}`))}
      />
      <TextField
        block={block}
        path={["options", "model"]}
        label={t("openai.model")}
        placeholder="gpt-4o-mini"
      />
      <TextField
        block={block}
        path={["options", "baseUrl"]}
        label={t("openai.baseUrl")}
        placeholder="https://api.openai.com/v1"
      />
      <TextField
        block={block}
        path={["options", "apiVersion"]}
        label={t("openai.apiVersion")}
        help={t("openai.forAzureOpenaiOnly")}
      />
      {task === "Create chat completion" && <ChatCompletion block={block} />}
      {task === "Create speech" && (
        <>
          <TextField block={block} path={["options", "input"]} label={t("openai.textToSpeak")} multiline />
          <TextField
            block={block}
            path={["options", "voice"]}
            label={t("openai.voice")}
            placeholder="alloy"
          />
          <VariableField
            block={block}
            path={["options", "saveUrlInVariableId"]}
            label={t("openai.saveTheAudioUrlIn")}
          />
        </>
      )}
      {task === "Create image" && (
        <p className="settings-note">{t("openai.imageGenerationIsNotSupported")}</p>
      )}
    </div>
  );
}
