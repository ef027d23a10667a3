/** The workspace's name and icon, and deleting it (admins, after typing its name). */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { api, unwrap } from "../api";
import { useChosenWorkspace } from "../app/currentWorkspace";
import { useTranslation } from "../i18n";
import type { Role } from "./access";
import { ConfirmDialog } from "./ConfirmDialog";

interface Workspace {
  id: string;
  name: string;
  icon?: string | null;
}

function NameAndIcon({ workspace, isAdmin }: { workspace: Workspace; isAdmin: boolean }) {
  const { t } = useTranslation("workspace");
  const { t: common } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(workspace.name);
  const [icon, setIcon] = useState(workspace.icon ?? "");
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH("/api/v1/workspaces/{workspaceId}", {
          params: { path: { workspaceId: workspace.id } },
          body: { name: name.trim(), icon: icon.trim() || null },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["workspaces"] });
      void queryClient.invalidateQueries({ queryKey: ["workspace", workspace.id] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="ws-card" onSubmit={submit}>
      {!isAdmin && <p className="ws-note">{t("general.readOnly")}</p>}
      <label htmlFor="ws-name">{t("general.name")}</label>
      <input
        id="ws-name"
        value={name}
        required
        maxLength={200}
        readOnly={!isAdmin}
        onChange={(event) => setName(event.target.value)}
      />
      <label htmlFor="ws-icon">{t("general.icon")}</label>
      <div className="ws-icon-row">
        <span className="ws-icon" aria-hidden>
          {icon.startsWith("http") ? <img src={icon} alt="" /> : icon || name.slice(0, 1).toUpperCase()}
        </span>
        <input
          id="ws-icon"
          value={icon}
          maxLength={2000}
          readOnly={!isAdmin}
          aria-describedby="ws-icon-help"
          onChange={(event) => setIcon(event.target.value)}
        />
      </div>
      <p id="ws-icon-help" className="ws-help">
        {t("general.iconHelp")}
      </p>
      {isAdmin && (
        <div className="ws-actions">
          {save.isSuccess && <span role="status">{t("general.saved")}</span>}
          {save.error && <span role="alert">{save.error.message}</span>}
          <button type="submit" className="primary" disabled={save.isPending || name.trim() === ""}>
            {common("save")}
          </button>
        </div>
      )}
    </form>
  );
}

function DeleteWorkspace({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation("workspace");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = async () => {
    await unwrap(
      api.DELETE("/api/v1/workspaces/{workspaceId}", { params: { path: { workspaceId: workspace.id } } }),
    );
    useChosenWorkspace.setState({ workspaceId: null });
    await queryClient.invalidateQueries({ queryKey: ["workspaces"] });
    navigate("/typebots");
  };
  return (
    <section className="ws-card ws-danger" aria-labelledby="ws-danger">
      <h2 id="ws-danger">{t("general.dangerZone")}</h2>
      <h3>{t("general.deleteHeading")}</h3>
      <p className="ws-help">{t("general.deleteHelp")}</p>
      <ConfirmDialog
        trigger={
          <button type="button" className="danger">
            {t("general.deleteButton")}
          </button>
        }
        title={t("general.deleteTitle", { name: workspace.name })}
        description={t("general.deleteHelp")}
        typedConfirmation={workspace.name}
        typedLabel={t("general.deleteConfirmLabel", { name: workspace.name })}
        confirmLabel={t("general.deleteConfirm")}
        onConfirm={remove}
      />
    </section>
  );
}

/** The General section. */
export function GeneralSettings({ workspace, role }: { workspace: Workspace; role: Role | undefined }) {
  const { t } = useTranslation("workspace");
  const isAdmin = role === "ADMIN";
  return (
    <>
      <h1>{t("general.heading")}</h1>
      <NameAndIcon key={workspace.id} workspace={workspace} isAdmin={isAdmin} />
      {isAdmin && <DeleteWorkspace workspace={workspace} />}
    </>
  );
}
