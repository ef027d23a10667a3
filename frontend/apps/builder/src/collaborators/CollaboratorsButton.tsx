/** Who a bot is shared with beyond its workspace: a button in the editor's top bar and its dialog. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Trash2, UserPlus, Users } from "lucide-react";
import { Dialog } from "radix-ui";
import { type FormEvent, useState } from "react";
import { api, unwrap } from "../api";
import { useTranslation } from "../i18n";
import { useMembers } from "../workspace/access";
import { type Choice, ChoiceSelect } from "../workspace/ChoiceSelect";
import { EmailAndChoice } from "../workspace/EmailAndChoice";
import { IconButton } from "../workspace/IconButton";
import { Modal } from "../workspace/Modal";
import "../workspace/common.css";
import "./collaborators.css";

type Access = "READ" | "WRITE";

const collaboratorsKey = (typebotId: string) => ["collaborators", typebotId] as const;

function useAccessChoices(): Choice<Access>[] {
  const { t } = useTranslation("collaborators");
  return (["READ", "WRITE"] as const).map((value) => ({ value, label: t(`kinds.${value}`) }));
}

/** The bot's workspace, from the bot the editor already loaded. */
function useBotWorkspace(typebotId: string) {
  const bot = useQuery({
    queryKey: ["typebot", typebotId],
    queryFn: () => unwrap(api.GET("/api/v1/typebots/{typebotId}", { params: { path: { typebotId } } })),
  });
  const workspaceId = bot.data?.typebot.workspaceId;
  return typeof workspaceId === "string" ? workspaceId : "";
}

function AddCollaborator({ typebotId }: { typebotId: string }) {
  const { t } = useTranslation("collaborators");
  const queryClient = useQueryClient();
  const choices = useAccessChoices();
  const [email, setEmail] = useState("");
  const [access, setAccess] = useState<Access>("READ");
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/v1/typebots/{typebotId}/collaborators", {
          params: { path: { typebotId } },
          body: { email: email.trim(), type: access },
        }),
      ),
    onSuccess: () => {
      setEmail("");
      void queryClient.invalidateQueries({ queryKey: collaboratorsKey(typebotId) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form onSubmit={submit} className="collab-add">
      <EmailAndChoice
        id="collab-email"
        emailLabel={t("email")}
        placeholder={t("placeholder")}
        email={email}
        onEmail={setEmail}
        choiceLabel={t("access")}
        choice={access}
        choices={choices}
        onChoice={setAccess}
        submitLabel={
          <>
            <UserPlus size={16} aria-hidden /> {add.isPending ? t("adding") : t("add")}
          </>
        }
        busy={add.isPending}
      />
      {add.error && (
        <p role="alert">
          {add.error.message}
          {add.error.message.includes("no user") && ` ${t("noAccount")}`}
        </p>
      )}
    </form>
  );
}

function CollaboratorList({ typebotId, canManage }: { typebotId: string; canManage: boolean }) {
  const { t } = useTranslation("collaborators");
  const queryClient = useQueryClient();
  const choices = useAccessChoices();
  const list = useQuery({
    queryKey: collaboratorsKey(typebotId),
    queryFn: () =>
      unwrap(api.GET("/api/v1/typebots/{typebotId}/collaborators", { params: { path: { typebotId } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: collaboratorsKey(typebotId) });
  const change = useMutation({
    mutationFn: ({ userId, type }: { userId: string; type: Access }) =>
      unwrap(
        api.PATCH("/api/v1/typebots/{typebotId}/collaborators/{userId}", {
          params: { path: { typebotId, userId } },
          body: { type },
        }),
      ),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (userId: string) =>
      unwrap(
        api.DELETE("/api/v1/typebots/{typebotId}/collaborators/{userId}", {
          params: { path: { typebotId, userId } },
        }),
      ),
    onSettled: refresh,
  });
  const people = list.data?.collaborators ?? [];
  const error = list.error ?? change.error ?? remove.error;
  return (
    <>
      {error && <p role="alert">{error.message}</p>}
      {list.isSuccess && people.length === 0 && <p className="ws-help">{t("empty")}</p>}
      {people.length > 0 && (
        <ul className="ws-list" aria-label={t("title")}>
          {people.map((person) => {
            const name = person.user.name || person.user.email || person.userId;
            return (
              <li key={person.userId} className="ws-list-row">
                <span className="ws-avatar" aria-hidden>
                  {name.slice(0, 1).toUpperCase()}
                </span>
                <div className="ws-grow collab-name">{name}</div>
                {canManage ? (
                  <>
                    <ChoiceSelect
                      label={t("accessOf", { name })}
                      value={person.type}
                      choices={choices}
                      onChange={(type) => change.mutate({ userId: person.userId, type })}
                    />
                    <IconButton
                      label={t("remove", { name })}
                      Icon={Trash2}
                      disabled={remove.isPending}
                      onClick={() => remove.mutate(person.userId)}
                    />
                  </>
                ) : (
                  <span className="ws-help">{t(`kinds.${person.type}`)}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** The top bar's "Collaborators" button; its dialog lists, adds, changes and removes collaborators. */
export function CollaboratorsButton({ typebotId }: { typebotId: string }) {
  const { t } = useTranslation("collaborators");
  const { t: common } = useTranslation();
  const [open, setOpen] = useState(false);
  const workspaceId = useBotWorkspace(typebotId);
  // Only members of the workspace (who may list its members) choose a bot's collaborators.
  const canManage = useMembers(open ? workspaceId : "").isSuccess;
  return (
    <Modal
      open={open}
      onOpenChange={setOpen}
      title={t("title")}
      description={t("intro")}
      className="collab-dialog"
      trigger={
        <button type="button" className="icon-button" aria-label={t("button")} title={t("button")}>
          <Users size={18} aria-hidden />
        </button>
      }
    >
      {canManage ? <AddCollaborator typebotId={typebotId} /> : <p className="ws-note">{t("readOnly")}</p>}
      {open && <CollaboratorList typebotId={typebotId} canManage={canManage} />}
      <div className="ws-dialog-actions">
        <Dialog.Close asChild>
          <button type="button">{common("close")}</button>
        </Dialog.Close>
      </div>
    </Modal>
  );
}
