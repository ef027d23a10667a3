import { useMutation, useQuery } from "@tanstack/react-query";
import { Mail, MailCheck } from "lucide-react";
import { type FormEvent, useState } from "react";
import { Navigate, useSearchParams } from "react-router";
import { api, unwrap } from "../api";
import { useTranslation } from "../i18n";
import { useMe } from "./session";
import { failureOf, safeNext } from "./signInParams";
import "./signin.css";

/** The brand's mark until Botloom has a logo: its initial, in every language. */
const LOGO_LETTER = "B";

/** The identity providers the server offers, as buttons. */
function ProviderButtons({ next }: { next: string }) {
  const { t } = useTranslation("auth");
  const providers = useQuery({
    queryKey: ["auth-providers"],
    queryFn: () => unwrap(api.GET("/api/v1/auth/providers")),
  });
  const list = providers.data?.providers ?? [];
  if (list.length === 0) return null;
  return (
    <>
      <div className="signin-providers">
        {list.map((provider) => (
          <a
            key={provider.id}
            className="button signin-provider"
            href={`${provider.signInUrl}${provider.signInUrl.includes("?") ? "&" : "?"}next=${encodeURIComponent(next)}`}
          >
            {t("continueWith", { provider: provider.name })}
          </a>
        ))}
      </div>
      <p className="signin-or">
        <span>{t("or")}</span>
      </p>
    </>
  );
}

/** Sign in by a link sent by email, or with one of the server's identity providers. */
export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const failure = failureOf(params.get("error"));
  const { t } = useTranslation("auth");
  const me = useMe();
  const [email, setEmail] = useState("");
  const send = useMutation({
    mutationFn: (address: string) =>
      unwrap(api.POST("/api/v1/auth/magic-link", { body: { email: address, next } })),
  });

  if (me.data) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(email.trim());
  };

  return (
    <main className="signin">
      <div className="signin-card">
        <p className="signin-brand" aria-hidden>
          <span className="signin-logo">{LOGO_LETTER}</span> Botloom
        </p>
        {send.isSuccess ? (
          <div className="signin-sent">
            <MailCheck size={40} aria-hidden className="signin-sent-icon" />
            <h1>{t("checkInbox")}</h1>
            <p role="status">{t("linkSentTo", { email: send.variables })}</p>
            <p className="signin-hint">{t("linkHint")}</p>
            <button type="button" className="link-button" onClick={() => send.reset()}>
              {t("otherAddress")}
            </button>
          </div>
        ) : (
          <>
            <h1>{t("title")}</h1>
            <p className="signin-subtitle">{t("subtitle")}</p>
            {failure && (
              <p role="alert" className="signin-error">
                {t(`errors.${failure}`)}
              </p>
            )}
            <ProviderButtons next={next} />
            <form onSubmit={submit}>
              <label htmlFor="signin-email">{t("email")}</label>
              <input
                id="signin-email"
                type="email"
                autoComplete="email"
                placeholder={t("emailPlaceholder")}
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
              <button type="submit" className="primary" disabled={send.isPending}>
                <Mail size={16} aria-hidden />
                {send.isPending ? t("sending") : t("sendLink")}
              </button>
              {send.isError && (
                <p role="alert" className="signin-error">
                  {send.error.message}
                </p>
              )}
            </form>
          </>
        )}
      </div>
    </main>
  );
}
