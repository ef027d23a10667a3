import {
  CredentialsField,
  ListField,
  SelectField,
  TextField,
  useBlockField,
  VariableField,
} from "../../../settings/fields";
import type { BlockProps } from "../../types";

const ROLES = ["system", "user", "assistant", "Messages sequence ✨", "Dialogue"];
const VALUES_TO_EXTRACT = ["Message content", "Total tokens", "Prompt tokens", "Completion tokens"];

type Path = readonly (string | number)[];

function MessageFields({ block, path }: BlockProps & { path: Path }) {
  const [role] = useBlockField<string>(block, [...path, "role"]);
  return (
    <>
      <SelectField block={block} path={[...path, "role"]} label="Role" options={ROLES} />
      {role === "Dialogue" && (
        <>
          <VariableField block={block} path={[...path, "dialogueVariableId"]} label="Dialogue variable" />
          <SelectField
            block={block}
            path={[...path, "startsBy"]}
            label="Starts by"
            options={["user", "assistant"]}
          />
        </>
      )}
      {role === "Messages sequence ✨" && (
        <>
          <VariableField
            block={block}
            path={[...path, "content", "userMessagesVariableId"]}
            label="User messages"
          />
          <VariableField
            block={block}
            path={[...path, "content", "assistantMessagesVariableId"]}
            label="Assistant messages"
          />
        </>
      )}
      {role !== "Dialogue" && role !== "Messages sequence ✨" && (
        <TextField block={block} path={[...path, "content"]} label="Content" multiline />
      )}
    </>
  );
}

function ChatCompletion({ block }: BlockProps) {
  return (
    <>
      <ListField
        block={block}
        path={["options", "messages"]}
        label="Messages"
        itemLabel="Message"
        newItem={() => ({ role: "user" })}
      >
        {(itemPath) => <MessageFields block={block} path={itemPath} />}
      </ListField>
      <TextField
        block={block}
        path={["options", "advancedSettings", "temperature"]}
        label="Temperature"
        placeholder="1"
      />
      <ListField
        block={block}
        path={["options", "responseMapping"]}
        label="Save the response"
        itemLabel="Mapping"
        newItem={() => ({ valueToExtract: "Message content" })}
      >
        {(itemPath) => (
          <>
            <SelectField
              block={block}
              path={[...itemPath, "valueToExtract"]}
              label="Value"
              options={VALUES_TO_EXTRACT}
            />
            <VariableField block={block} path={[...itemPath, "variableId"]} label="Variable" />
          </>
        )}
      </ListField>
    </>
  );
}

/** The legacy OpenAI block's settings (new bots use the OpenAI plugin block). */
export function Settings({ block }: BlockProps) {
  const [task] = useBlockField<string>(block, ["options", "task"]);
  return (
    <div className="settings-fields">
      <CredentialsField
        block={block}
        path={["options", "credentialsId"]}
        label="OpenAI account"
        credentialsType="openai"
      />
      <SelectField
        block={block}
        path={["options", "task"]}
        label="Task"
        options={["Create chat completion", "Create speech", "Create image"]}
      />
      <TextField block={block} path={["options", "model"]} label="Model" placeholder="gpt-4o-mini" />
      <TextField
        block={block}
        path={["options", "baseUrl"]}
        label="Base URL"
        placeholder="https://api.openai.com/v1"
      />
      <TextField
        block={block}
        path={["options", "apiVersion"]}
        label="API version"
        help="For Azure OpenAI only."
      />
      {task === "Create chat completion" && <ChatCompletion block={block} />}
      {task === "Create speech" && (
        <>
          <TextField block={block} path={["options", "input"]} label="Text to speak" multiline />
          <TextField block={block} path={["options", "voice"]} label="Voice" placeholder="alloy" />
          <VariableField
            block={block}
            path={["options", "saveUrlInVariableId"]}
            label="Save the audio URL in"
          />
        </>
      )}
      {task === "Create image" && (
        <p className="settings-note">
          Image generation is not supported by this server: use the OpenAI plugin block.
        </p>
      )}
    </div>
  );
}
