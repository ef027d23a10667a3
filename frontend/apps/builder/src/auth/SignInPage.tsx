import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Navigate, useSearchParams } from "react-router";
import { api, unwrap } from "../api";
import { useTranslation } from "../i18n";
import { useMe } from "./session";

/** Where to go after signing in: a path of this app, never another site. */
function safeNext(value: string | null): string {
  return value?.startsWith("/") && !value.startsWith("//") ? value : "/typebots";
}

/** Sign in by a link sent by email, or with one of the server's identity providers. */
export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const { t } = useTranslation("auth");
  const me = useMe();
  const [email, setEmail] = useState("");
  const providers = useQuery({
    queryKey: ["auth-providers"],
    queryFn: () => unwrap(api.GET("/api/v1/auth/providers")),
  });
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
        <h1>{t("title")}</h1>
        {send.isSuccess ? (
          <div role="status">
            <h2>{t("checkInbox")}</h2>
            <p>{send.data.message}</p>
            <button type="button" className="link-button" onClick={() => send.reset()}>
              {t("otherAddress")}
            </button>
          </div>
        ) : (
          <form onSubmit={submit}>
            <label htmlFor="signin-email">{t("email")}</label>
            <input
              id="signin-email"
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
            <button type="submit" className="primary" disabled={send.isPending}>
              {send.isPending ? t("sending") : t("sendLink")}
            </button>
            {send.isError && <p role="alert">{send.error.message}</p>}
          </form>
        )}
        {(providers.data?.providers.length ?? 0) > 0 && (
          <div className="signin-providers">
            {providers.data?.providers.map((provider) => (
              <a
                key={provider.id}
                className="button"
                href={`${provider.signInUrl}${provider.signInUrl.includes("?") ? "&" : "?"}next=${encodeURIComponent(next)}`}
              >
                {t("continueWith", { provider: provider.name })}
              </a>
            ))}
          </div>
        )}
      </div>
    </main>
  );
}
