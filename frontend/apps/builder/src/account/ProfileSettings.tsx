/** The account's first page: profile, appearance, language, and signing out everywhere. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useNavigate } from "react-router";
import { api, unwrap } from "../api";
import { ME_QUERY, useMe } from "../auth/session";
import { i18n, useTranslation } from "../i18n";
import { LANGUAGE_STORAGE_KEY, LANGUAGES } from "../i18n/languages";
import { APPEARANCES, type Appearance, chooseAppearance, readAppearance } from "../ui/appearance";
import { ConfirmButton } from "../ui/ConfirmButton";

type User = NonNullable<ReturnType<typeof useMe>["data"]>;

/** Name and picture (a URL: the upload route only takes a chat's files, not a user's). */
function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation("account");
  const queryClient = useQueryClient();
  const [name, setName] = useState(user.name ?? "");
  const [image, setImage] = useState(user.image ?? "");
  const ids = { name: useId(), email: useId(), image: useId(), imageHelp: useId() };
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH("/api/v1/users/me", {
          body: { updates: { name: name.trim() || null, image: image.trim() || null } },
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(ME_QUERY, saved),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const picture = image.trim();
  return (
    <section className="account-card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t("profile.title")}</h2>
      <form className="profile-form" onSubmit={submit}>
        <div className="profile-picture" aria-hidden>
          {picture ? (
            <img src={picture} alt="" />
          ) : (
            <span>{(name || user.email).charAt(0).toUpperCase()}</span>
          )}
        </div>
        <div className="profile-fields">
          <label htmlFor={ids.name}>{t("profile.name")}</label>
          <input
            id={ids.name}
            value={name}
            maxLength={200}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
          />
          <label htmlFor={ids.email}>{t("profile.email")}</label>
          <input id={ids.email} value={user.email} readOnly aria-describedby={`${ids.email}-help`} />
          <p id={`${ids.email}-help`} className="field-help">
            {t("profile.emailHelp")}
          </p>
          <label htmlFor={ids.image}>{t("profile.image")}</label>
          <input
            id={ids.image}
            type="url"
            value={image}
            maxLength={2000}
            placeholder="https://"
            aria-describedby={ids.imageHelp}
            onChange={(e) => setImage(e.target.value)}
          />
          <p id={ids.imageHelp} className="field-help">
            {t("profile.imageHelp")}
          </p>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={save.isPending}>
              {save.isPending ? t("profile.saving") : t("profile.save")}
            </button>
            <span role="status">{save.isSuccess && !save.isPending ? t("profile.saved") : ""}</span>
          </div>
          {save.isError && <p role="alert">{save.error.message}</p>}
        </div>
      </form>
    </section>
  );
}

function AppearancePicker() {
  const { t } = useTranslation("account");
  const [chosen, setChosen] = useState<Appearance>(readAppearance);
  const choose = (appearance: Appearance) => {
    chooseAppearance(appearance);
    setChosen(appearance);
  };
  return (
    <section className="account-card">
      <fieldset className="appearance-picker">
        <legend>
          <h2>{t("appearance.title")}</h2>
        </legend>
        <p className="field-help">{t("appearance.help")}</p>
        <div className="appearance-options">
          {APPEARANCES.map((appearance) => (
            <label key={appearance} className="appearance-option" data-appearance={appearance}>
              <input
                type="radio"
                name="appearance"
                value={appearance}
                checked={chosen === appearance}
                onChange={() => choose(appearance)}
              />
              <span className="appearance-swatch" aria-hidden />
              {t(`appearance.${appearance}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}

function LanguagePicker() {
  const { t } = useTranslation("account");
  const id = useId();
  const [language, setLanguage] = useState(i18n.language);
  const choose = (code: string) => {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, code);
    } catch {
      // Storage refused: the language still changes until the page is reloaded.
    }
    void i18n.changeLanguage(code);
    setLanguage(code);
  };
  return (
    <section className="account-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("language.title")}</h2>
      <label htmlFor={id}>{t("language.label")}</label>
      <select id={id} value={language} onChange={(event) => choose(event.target.value)}>
        {LANGUAGES.map(({ code, name }) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </section>
  );
}

function Sessions() {
  const { t } = useTranslation("account");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: async () => {
      const { response } = await api.POST("/api/v1/auth/sign-out-everywhere");
      if (!response.ok) throw new Error(`The server answered ${response.status}`);
    },
    onSuccess: () => {
      queryClient.clear();
      navigate("/signin");
    },
  });
  return (
    <section className="account-card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t("sessions.title")}</h2>
      <p className="field-help">{t("sessions.help")}</p>
      <ConfirmButton
        label={t("sessions.signOutEverywhere")}
        title={t("sessions.confirmTitle")}
        description={t("sessions.confirmText")}
        onConfirm={() => signOut.mutate()}
      />
      {signOut.isError && <p role="alert">{signOut.error.message}</p>}
    </section>
  );
}

export function ProfileSettings() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <div className="account-page">
      {me.data ? <ProfileForm user={me.data} /> : <p className="page-status">{t("loading")}</p>}
      <AppearancePicker />
      <LanguagePicker />
      <Sessions />
    </div>
  );
}
