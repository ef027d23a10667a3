/** The user's API tokens: list, create (the value shown once, with a copy button), revoke. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Dialog } from "radix-ui";
import { type FormEvent, useId, useState } from "react";
import { api, unwrap } from "../api";
import { CopyButton } from "../editor/share/CopyButton";
import { useTranslation } from "../i18n";
import { ConfirmButton } from "../ui/ConfirmButton";
import { formatDateTime } from "../ui/dates";
import "../ui/dialog.css";

/** How a script sends a token: an HTTP header, the same in every language. */
const AUTHORIZATION_EXAMPLE = "Authorization: Bearer <token>";

const TOKENS_QUERY = ["apiTokens"] as const;

interface NewToken {
  name: string;
  token: string;
}

/** The token just made, shown this once: closing the dialog forgets it. */
function NewTokenDialog({ created, onClose }: { created: NewToken | null; onClose: () => void }) {
  const { t } = useTranslation("account");
  const id = useId();
  return (
    <Dialog.Root open={created !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="ui-dialog-overlay" />
        <Dialog.Content className="ui-dialog">
          <Dialog.Title>{t("tokens.createdTitle")}</Dialog.Title>
          <Dialog.Description className="token-warning">{t("tokens.createdWarning")}</Dialog.Description>
          {created && (
            <>
              <label htmlFor={id} className="visually-hidden">
                {t("tokens.tokenLabel", { name: created.name })}
              </label>
              <div className="token-value">
                <input id={id} value={created.token} readOnly onFocus={(event) => event.target.select()} />
                <CopyButton text={created.token} what={t("tokens.tokenLabel", { name: created.name })} />
              </div>
            </>
          )}
          <div className="ui-dialog-actions">
            <Dialog.Close asChild>
              <button type="button">{t("tokens.done")}</button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (token: NewToken) => void }) {
  const { t } = useTranslation("account");
  const queryClient = useQueryClient();
  const id = useId();
  const [name, setName] = useState("");
  const create = useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/users/me/api-tokens", { body: { name: name.trim() } })),
    onSuccess: ({ apiToken }) => {
      setName("");
      onCreated({ name: apiToken.name, token: apiToken.token });
      void queryClient.invalidateQueries({ queryKey: TOKENS_QUERY });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) create.mutate();
  };
  return (
    <form className="token-form" onSubmit={submit}>
      <div>
        <label htmlFor={id}>{t("tokens.name")}</label>
        <input
          id={id}
          value={name}
          required
          maxLength={200}
          placeholder={t("tokens.namePlaceholder")}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <button type="submit" className="primary" disabled={create.isPending || !name.trim()}>
        {create.isPending ? t("tokens.creating") : t("tokens.create")}
      </button>
      {create.isError && <p role="alert">{create.error.message}</p>}
    </form>
  );
}

function RevokeButton({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation("account");
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE("/api/v1/users/me/api-tokens/{tokenId}", { params: { path: { tokenId: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_QUERY }),
  });
  return (
    <ConfirmButton
      label={t("tokens.revoke")}
      accessibleName={t("tokens.revokeNamed", { name })}
      title={t("tokens.confirmTitle", { name })}
      description={t("tokens.confirmText")}
      onConfirm={() => revoke.mutate()}
    />
  );
}

export function ApiTokens() {
  const { t, i18n } = useTranslation("account");
  const tokens = useQuery({
    queryKey: TOKENS_QUERY,
    queryFn: () => unwrap(api.GET("/api/v1/users/me/api-tokens")),
  });
  const [created, setCreated] = useState<NewToken | null>(null);
  const list = tokens.data?.apiTokens ?? [];
  return (
    <section className="account-card" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t("tokens.title")}</h2>
      <p className="token-intro">
        {t("tokens.intro")} <code>{AUTHORIZATION_EXAMPLE}</code>
      </p>
      <CreateTokenForm onCreated={setCreated} />
      <NewTokenDialog created={created} onClose={() => setCreated(null)} />
      {tokens.isError && <p role="alert">{tokens.error.message}</p>}
      {tokens.data && list.length === 0 && <p className="field-help">{t("tokens.none")}</p>}
      {list.length > 0 && (
        <table className="account-table" aria-label={t("tokens.listLabel")}>
          <thead>
            <tr>
              <th scope="col">{t("tokens.name")}</th>
              <th scope="col">{t("tokens.created")}</th>
              <th scope="col">{t("tokens.lastUsed")}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {list.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>{formatDateTime(token.createdAt, i18n.language)}</td>
                <td>{formatDateTime(token.lastUsedAt, i18n.language, t("tokens.neverUsed"))}</td>
                <td className="account-table-actions">
                  <RevokeButton id={token.id} name={token.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
