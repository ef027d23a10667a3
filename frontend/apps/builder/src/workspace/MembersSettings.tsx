/** Members and their roles, invitations by email, and the pending ones (admins change; others read). */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { api, unwrap } from "../api";
import { useMe } from "../auth/session";
import { useTranslation } from "../i18n";
import { membersKey, type Role, useMembers } from "./access";
import { type Choice, ChoiceSelect } from "./ChoiceSelect";
import { ConfirmDialog } from "./ConfirmDialog";
import { EmailAndChoice } from "./EmailAndChoice";
import { IconButton } from "./IconButton";

type AssignableRole = Exclude<Role, "GUEST">;

function useRoleChoices(): Choice<AssignableRole>[] {
  const { t } = useTranslation("workspace");
  return (["ADMIN", "MEMBER"] as const).map((role) => ({
    value: role,
    label: t(`members.roles.${role}`),
    help: t(`members.roleHelp.${role}`),
  }));
}

const invitationsKey = (workspaceId: string) => ["workspace-invitations", workspaceId] as const;

function MemberRow({
  workspaceId,
  member,
  isAdmin,
}: {
  workspaceId: string;
  member: NonNullable<ReturnType<typeof useMembers>["data"]>["members"][number];
  isAdmin: boolean;
}) {
  const { t } = useTranslation("workspace");
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const choices = useRoleChoices();
  const isMe = member.userId === me.data?.id;
  const name = member.user.name || member.user.email || member.userId;
  const path = { workspaceId, userId: member.userId };
  const changeRole = useMutation({
    mutationFn: (role: AssignableRole) =>
      unwrap(
        api.PATCH("/api/v1/workspaces/{workspaceId}/members/{userId}", { params: { path }, body: { role } }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: membersKey(workspaceId) }),
  });
  const remove = async () => {
    await unwrap(api.DELETE("/api/v1/workspaces/{workspaceId}/members/{userId}", { params: { path } }));
    if (isMe) {
      await queryClient.invalidateQueries({ queryKey: ["workspaces"] });
      navigate("/typebots");
      return;
    }
    await queryClient.invalidateQueries({ queryKey: membersKey(workspaceId) });
  };
  const canChangeRole = isAdmin && member.role !== "GUEST";
  return (
    <tr>
      <td>
        <div className="ws-person">
          <span className="ws-avatar" aria-hidden>
            {name.slice(0, 1).toUpperCase()}
          </span>
          <div>
            <div className="ws-person-name">
              {member.user.name || member.user.email}
              {isMe && <span className="ws-tag">{t("members.you")}</span>}
            </div>
            {member.user.name && <div className="ws-help">{member.user.email}</div>}
          </div>
        </div>
      </td>
      <td>
        {canChangeRole ? (
          <ChoiceSelect
            label={t("members.roleOf", { name })}
            value={member.role as AssignableRole}
            choices={choices}
            disabled={changeRole.isPending}
            onChange={(role) => changeRole.mutate(role)}
          />
        ) : (
          <span className="ws-role" data-role={member.role}>
            {t(`members.roles.${member.role}`)}
          </span>
        )}
        {changeRole.error && (
          <p role="alert" className="ws-row-error">
            {changeRole.error.message}
          </p>
        )}
      </td>
      <td className="ws-row-actions">
        {(isAdmin || isMe) && (
          <ConfirmDialog
            trigger={
              isMe ? (
                <button type="button">{t("members.leave")}</button>
              ) : (
                <IconButton label={t("members.remove", { name })} Icon={Trash2} />
              )
            }
            title={isMe ? t("members.leaveTitle") : t("members.removeTitle", { name })}
            description={isMe ? t("members.leaveHelp") : t("members.removeHelp")}
            confirmLabel={isMe ? t("members.leave") : t("members.removeConfirm")}
            onConfirm={remove}
          />
        )}
      </td>
    </tr>
  );
}

function InviteForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation("workspace");
  const queryClient = useQueryClient();
  const choices = useRoleChoices();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<AssignableRole>("MEMBER");
  const invite = useMutation({
    mutationFn: (address: string) =>
      unwrap(
        api.POST("/api/v1/workspaces/{workspaceId}/invitations", {
          params: { path: { workspaceId } },
          body: { email: address, type: role },
        }),
      ),
    onSuccess: () => {
      setEmail("");
      void queryClient.invalidateQueries({ queryKey: membersKey(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: invitationsKey(workspaceId) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate(email.trim());
  };
  const done = invite.data && (invite.data.member ? "joined" : "pending");
  return (
    <form className="ws-card ws-invite" onSubmit={submit} aria-labelledby="ws-invite">
      <h2 id="ws-invite">{t("members.invite.heading")}</h2>
      <EmailAndChoice
        id="ws-invite-email"
        emailLabel={t("members.invite.email")}
        placeholder={t("members.invite.placeholder")}
        email={email}
        onEmail={setEmail}
        choiceLabel={t("members.invite.role")}
        choice={role}
        choices={choices}
        onChoice={setRole}
        submitLabel={invite.isPending ? t("members.invite.sending") : t("members.invite.submit")}
        busy={invite.isPending}
      />
      {done && invite.variables && (
        <p role="status" className="ws-help">
          {t(`members.invite.${done}`, { email: invite.variables })}
        </p>
      )}
      {invite.error && <p role="alert">{invite.error.message}</p>}
    </form>
  );
}

function PendingInvitations({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation("workspace");
  const queryClient = useQueryClient();
  const invitations = useQuery({
    queryKey: invitationsKey(workspaceId),
    queryFn: () =>
      unwrap(api.GET("/api/v1/workspaces/{workspaceId}/invitations", { params: { path: { workspaceId } } })),
  });
  const revoke = useMutation({
    mutationFn: (invitationId: string) =>
      unwrap(
        api.DELETE("/api/v1/workspaces/{workspaceId}/invitations/{invitationId}", {
          params: { path: { workspaceId, invitationId } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsKey(workspaceId) }),
  });
  const list = invitations.data?.invitations ?? [];
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  return (
    <section className="ws-card" aria-labelledby="ws-pending">
      <h2 id="ws-pending">{t("members.invitations.heading")}</h2>
      {invitations.error && <p role="alert">{invitations.error.message}</p>}
      {invitations.isSuccess && list.length === 0 && (
        <p className="ws-help">{t("members.invitations.empty")}</p>
      )}
      {list.length > 0 && (
        <ul className="ws-list" aria-label={t("members.invitations.heading")}>
          {list.map((invitation) => (
            <li key={invitation.id} className="ws-list-row">
              <div className="ws-grow">
                <div className="ws-person-name">{invitation.email}</div>
                <div className="ws-help">
                  {t(`members.roles.${invitation.type}`)} ·{" "}
                  {t("members.invitations.invited", { date: date.format(new Date(invitation.createdAt)) })}
                </div>
              </div>
              <button
                type="button"
                aria-label={t("members.invitations.revoke", { email: invitation.email })}
                disabled={revoke.isPending}
                onClick={() => revoke.mutate(invitation.id)}
              >
                {t("members.invitations.revokeShort")}
              </button>
            </li>
          ))}
        </ul>
      )}
      {revoke.error && <p role="alert">{revoke.error.message}</p>}
    </section>
  );
}

/** The Members section. */
export function MembersSettings({ workspaceId, role }: { workspaceId: string; role: Role | undefined }) {
  const { t } = useTranslation("workspace");
  const { t: common } = useTranslation();
  const members = useMembers(workspaceId);
  const isAdmin = role === "ADMIN";
  if (role === "GUEST") return <p className="ws-note">{t("guest")}</p>;
  return (
    <>
      <h1>{t("members.heading")}</h1>
      {!isAdmin && role && <p className="ws-note">{t("members.readOnly")}</p>}
      {isAdmin && <InviteForm workspaceId={workspaceId} />}
      <section className="ws-card" aria-label={t("members.heading")}>
        {members.isPending && <p className="ws-help">{common("loading")}</p>}
        {members.error && <p role="alert">{members.error.message}</p>}
        {members.data && (
          <table className="ws-table">
            <thead>
              <tr>
                <th scope="col">{t("members.person")}</th>
                <th scope="col">{t("members.role")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("members.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.data.members.map((member) => (
                <MemberRow key={member.userId} workspaceId={workspaceId} member={member} isAdmin={isAdmin} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      {isAdmin && <PendingInvitations workspaceId={workspaceId} />}
    </>
  );
}
