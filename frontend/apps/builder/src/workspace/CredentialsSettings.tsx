/** The workspace's credentials by kind: add (a form, or Google's consent screen), rename, delete. Values never come back. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Pencil, Plus, Trash2 } from "lucide-react";
import { type FormEvent, useState } from "react";
import { useLocation } from "react-router";
import { api, serverMessage, unwrap } from "../api";
import { useTranslation } from "../i18n";
import type { Role } from "./access";
import { type Choice, ChoiceSelect } from "./ChoiceSelect";
import { ConfirmDialog } from "./ConfirmDialog";
import {
  type CredentialsField,
  type CredentialsKind,
  credentialsData,
  type FormValues,
  fieldProblems,
  googleOutcome,
  groupByKind,
  type StoredCredentials,
} from "./credentialsForm";
import { IconButton } from "./IconButton";
import { FormActions, Modal, NameField } from "./Modal";

const credentialsKey = (workspaceId: string) => ["credentials", workspaceId] as const;

function useKinds() {
  return useQuery({
    queryKey: ["credentials-kinds"],
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: () => unwrap(api.GET("/api/v1/credentials/kinds")),
  });
}

function FieldInput({
  field,
  value,
  problem,
  onChange,
}: {
  field: CredentialsField;
  value: string | boolean | undefined;
  problem: string | undefined;
  onChange: (value: string | boolean) => void;
}) {
  const { t } = useTranslation("workspace");
  const id = `credentials-field-${field.key}`;
  const known = `credentials.fields.${field.key}` as const;
  const label = t(known as "credentials.fields.host", { defaultValue: field.label });
  if (field.kind === "boolean") {
    return (
      <div className="ws-check">
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    );
  }
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={field.kind === "secret" ? "password" : field.kind === "number" ? "number" : "text"}
        autoComplete={field.kind === "secret" ? "new-password" : "off"}
        required={field.required}
        value={typeof value === "string" ? value : ""}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="ws-field-problem" role="alert">
          {label}: {problem}
        </p>
      )}
    </>
  );
}

/** A refusal of new credentials: the server's message, and what it said of each field. */
class CredentialsRefused extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string>,
  ) {
    super(message);
  }
}

function ConnectGoogle({ workspaceId, kind }: { workspaceId: string; kind: CredentialsKind }) {
  const { t } = useTranslation("workspace");
  const connect = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/v1/workspaces/{workspaceId}/credentials/google-sheets/authorize", {
          params: { path: { workspaceId } },
        }),
      ),
    onSuccess: ({ authorizeUrl }) => window.location.assign(authorizeUrl),
  });
  if (!kind.available) return <p className="ws-note">{t("credentials.googleUnavailable")}</p>;
  return (
    <>
      <p className="ws-help">{t("credentials.googleHelp")}</p>
      {connect.error && <p role="alert">{connect.error.message}</p>}
      <div className="ws-dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={connect.isPending}
          onClick={() => connect.mutate()}
        >
          {connect.isPending ? t("credentials.connecting") : t("credentials.connectGoogle")}
        </button>
      </div>
    </>
  );
}

function NewCredentialsForm({
  workspaceId,
  kind,
  onDone,
}: {
  workspaceId: string;
  kind: CredentialsKind;
  onDone: () => void;
}) {
  const { t } = useTranslation("workspace");
  const { t: common } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(kind.name);
  const [values, setValues] = useState<FormValues>({});
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: async (data: Record<string, unknown>) => {
      const { error, response } = await api.POST("/api/v1/workspaces/{workspaceId}/credentials", {
        params: { path: { workspaceId } },
        body: { type: kind.type, name: name.trim(), data },
      });
      if (!response.ok) {
        const message = serverMessage(error) ?? `The server answered ${response.status}`;
        throw new CredentialsRefused(message, fieldProblems(error));
      }
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: credentialsKey(workspaceId) });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { data, missing } = credentialsData(kind.fields, values);
    const first = missing[0];
    if (first) {
      setProblem(t("credentials.required", { field: first.label }));
      return;
    }
    setProblem(null);
    create.mutate(data);
  };
  return (
    <form onSubmit={submit} autoComplete="off">
      <NameField
        id="credentials-name"
        label={t("credentials.name")}
        value={name}
        onChange={setName}
        help={t("credentials.nameHelp")}
      />
      {kind.fields.map((field) => (
        <FieldInput
          key={field.key}
          field={field}
          value={values[field.key]}
          problem={create.error instanceof CredentialsRefused ? create.error.fields[field.key] : undefined}
          onChange={(value) => setValues((previous) => ({ ...previous, [field.key]: value }))}
        />
      ))}
      <p className="ws-help ws-write-only">{t("credentials.writeOnly")}</p>
      {(problem ?? create.error) && <p role="alert">{problem ?? create.error?.message}</p>}
      <FormActions
        cancel={common("cancel")}
        submit={create.isPending ? t("credentials.creating") : t("credentials.create")}
        busy={create.isPending || name.trim() === ""}
      />
    </form>
  );
}

function NewCredentialsDialog({ workspaceId, kinds }: { workspaceId: string; kinds: CredentialsKind[] }) {
  const { t } = useTranslation("workspace");
  const [open, setOpen] = useState(false);
  const [type, setType] = useState(kinds[0]?.type ?? "");
  const kind = kinds.find((candidate) => candidate.type === type);
  const choices: Choice<string>[] = kinds.map((candidate) => ({
    value: candidate.type,
    label: candidate.name,
  }));
  return (
    <Modal
      open={open}
      onOpenChange={setOpen}
      title={t("credentials.newTitle")}
      trigger={
        <button type="button" className="primary">
          <Plus size={16} aria-hidden /> {t("credentials.add")}
        </button>
      }
    >
      <span className="ws-label">{t("credentials.kind")}</span>
      <ChoiceSelect label={t("credentials.kind")} value={type} choices={choices} onChange={setType} />
      {kind?.connect === "oauth" && <ConnectGoogle workspaceId={workspaceId} kind={kind} />}
      {kind?.connect === "form" && (
        <NewCredentialsForm
          key={kind.type}
          workspaceId={workspaceId}
          kind={kind}
          onDone={() => setOpen(false)}
        />
      )}
    </Modal>
  );
}

function RenameDialog({ workspaceId, entry }: { workspaceId: string; entry: StoredCredentials }) {
  const { t } = useTranslation("workspace");
  const { t: common } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(entry.name);
  const rename = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH("/api/v1/workspaces/{workspaceId}/credentials/{credentialsId}", {
          params: { path: { workspaceId, credentialsId: entry.id } },
          body: { name: name.trim() },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: credentialsKey(workspaceId) });
      setOpen(false);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    rename.mutate();
  };
  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setName(entry.name);
        rename.reset();
      }}
      title={t("credentials.renameTitle")}
      trigger={<IconButton label={t("credentials.rename", { name: entry.name })} Icon={Pencil} />}
    >
      <form onSubmit={submit}>
        <NameField id="credentials-rename" label={t("credentials.name")} value={name} onChange={setName} />
        {rename.error && <p role="alert">{rename.error.message}</p>}
        <FormActions
          cancel={common("cancel")}
          submit={common("save")}
          busy={rename.isPending || name.trim() === ""}
        />
      </form>
    </Modal>
  );
}

function GoogleOutcomeNote() {
  const { t } = useTranslation("workspace");
  const outcome = googleOutcome(useLocation().search);
  if (!outcome) return null;
  return (
    <p
      className={outcome === "connected" ? "ws-note ws-success" : "ws-note"}
      role={outcome === "connected" ? "status" : "alert"}
    >
      {t(`credentials.googleOutcome.${outcome}`)}
    </p>
  );
}

/** The Credentials section. */
export function CredentialsSettings({ workspaceId, role }: { workspaceId: string; role: Role | undefined }) {
  const { t, i18n } = useTranslation("workspace");
  const { t: common } = useTranslation();
  const queryClient = useQueryClient();
  const kinds = useKinds();
  const credentials = useQuery({
    queryKey: credentialsKey(workspaceId),
    retry: false,
    queryFn: () =>
      unwrap(api.GET("/api/v1/workspaces/{workspaceId}/credentials", { params: { path: { workspaceId } } })),
  });
  if (role === "GUEST") return <p className="ws-note">{t("guest")}</p>;
  const isAdmin = role === "ADMIN";
  const groups = groupByKind(credentials.data?.credentials ?? [], kinds.data?.kinds ?? []);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  const remove = async (entry: StoredCredentials) => {
    await unwrap(
      api.DELETE("/api/v1/workspaces/{workspaceId}/credentials/{credentialsId}", {
        params: { path: { workspaceId, credentialsId: entry.id } },
      }),
    );
    await queryClient.invalidateQueries({ queryKey: credentialsKey(workspaceId) });
  };
  return (
    <>
      <div className="ws-heading-row">
        <h1>{t("credentials.heading")}</h1>
        {isAdmin && kinds.data && <NewCredentialsDialog workspaceId={workspaceId} kinds={kinds.data.kinds} />}
      </div>
      <p className="ws-help">{t("credentials.intro")}</p>
      {!isAdmin && role && <p className="ws-note">{t("credentials.readOnly")}</p>}
      <GoogleOutcomeNote />
      {credentials.error && <p role="alert">{credentials.error.message}</p>}
      {credentials.isSuccess && groups.length === 0 && (
        <p className="ws-card ws-empty">{t("credentials.empty")}</p>
      )}
      {groups.map((group) => (
        <section key={group.type} className="ws-card" aria-labelledby={`kind-${group.type}`}>
          <h2 id={`kind-${group.type}`}>{group.name}</h2>
          <ul className="ws-list" aria-label={group.name}>
            {group.entries.map((entry) => (
              <li key={entry.id} className="ws-list-row">
                <div className="ws-grow">
                  <div className="ws-person-name">{entry.name}</div>
                  <div className="ws-help">
                    {t("credentials.created")} {date.format(new Date(entry.createdAt))}
                  </div>
                </div>
                {isAdmin && (
                  <>
                    <RenameDialog workspaceId={workspaceId} entry={entry} />
                    <ConfirmDialog
                      trigger={
                        <IconButton label={t("credentials.remove", { name: entry.name })} Icon={Trash2} />
                      }
                      title={t("credentials.removeTitle", { name: entry.name })}
                      description={t("credentials.removeHelp")}
                      confirmLabel={common("delete")}
                      onConfirm={() => remove(entry)}
                    />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
