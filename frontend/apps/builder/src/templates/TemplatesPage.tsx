/** `/templates`: the gallery of starter bots, a live preview, and "Use this template". */
import type { Schemas } from "@botloom/api-client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { KeyRound, RotateCcw, Search } from "lucide-react";
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { api, unwrap } from "../api";
import { useCurrentWorkspace } from "../app/currentWorkspace";
import { documentForNewBot } from "../dashboard/folders";
import { useTranslation } from "../i18n";
import { byCategory, searchTemplates } from "./gallery";
import { TemplatePreview } from "./TemplatePreview";
import "./templates.css";

type Template = Schemas["TemplateRead"];

/** Creates a bot from the template in the current workspace (and folder), then opens it. */
function useCreateFromTemplate(folderId: string | null) {
  const navigate = useNavigate();
  const { current } = useCurrentWorkspace();
  return useMutation({
    mutationFn: async (template: Template) => {
      if (!current) throw new Error("Choose a workspace first");
      const params = { path: { templateSlug: template.slug } };
      const { typebot } = await unwrap(api.GET("/api/v1/templates/{templateSlug}", { params }));
      const body = { workspaceId: current.id, typebot: documentForNewBot(typebot, template.name), folderId };
      return (await unwrap(api.POST("/api/v1/typebots/import", { body }))).typebot;
    },
    onSuccess: (typebot) => navigate(`/typebots/${String(typebot.id)}/edit`),
  });
}

function TemplateCard({
  template,
  chosen,
  onChoose,
}: {
  template: Template;
  chosen: boolean;
  onChoose: () => void;
}) {
  return (
    <li>
      <button type="button" className="template-card" aria-pressed={chosen} onClick={onChoose}>
        <span className="template-icon" aria-hidden>
          {template.icon}
        </span>
        <span className="template-card-text">
          <span className="template-name">{template.name}</span>
          <span className="template-description">{template.description}</span>
        </span>
        {template.needsCredentials && <KeyRound size={14} className="template-key" aria-hidden />}
      </button>
    </li>
  );
}

function PreviewPane({ template, folderId }: { template: Template; folderId: string | null }) {
  const { t } = useTranslation("templates");
  const [run, setRun] = useState(0);
  const use = useCreateFromTemplate(folderId);
  const credentials = template.credentialsTypes.map((type) =>
    t(`credentialTypes.${type}` as "credentialTypes.openai", { defaultValue: type }),
  );
  return (
    <aside className="template-preview" aria-label={t("previewOf", { name: template.name })}>
      <header className="template-preview-header">
        <span className="template-icon" aria-hidden>
          {template.icon}
        </span>
        <div>
          <h2>{template.name}</h2>
          <p className="muted">{template.category}</p>
        </div>
      </header>
      <p>{template.description}</p>
      <p className="template-shows">
        <strong>{t("shows")}:</strong> {template.shows}
      </p>
      {credentials.length > 0 && (
        <p className="template-credentials">
          <KeyRound size={14} aria-hidden /> {t("needsCredentials", { what: credentials.join(", ") })}
        </p>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={use.isPending}
          onClick={() => use.mutate(template)}
        >
          {use.isPending ? t("creating") : t("use")}
        </button>
        <button type="button" onClick={() => setRun((value) => value + 1)}>
          <RotateCcw size={16} aria-hidden /> {t("restart")}
        </button>
      </div>
      {folderId && <p className="muted">{t("inFolder")}</p>}
      {use.isError && <p role="alert">{use.error.message}</p>}
      <TemplatePreview slug={template.slug} run={run} />
    </aside>
  );
}

export function TemplatesPage() {
  const { t } = useTranslation("templates");
  const { t: tc } = useTranslation();
  const [params] = useSearchParams();
  const folderId = params.get("folderId");
  const [query, setQuery] = useState("");
  const [chosenSlug, setChosenSlug] = useState<string | null>(null);
  const templates = useQuery({
    queryKey: ["templates"],
    queryFn: async () => (await unwrap(api.GET("/api/v1/templates"))).templates,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const found = searchTemplates(templates.data ?? [], query);
  const chosen = templates.data?.find((template) => template.slug === chosenSlug) ?? templates.data?.[0];

  return (
    <main className="templates-page">
      <section className="templates-list">
        <h1>{t("title")}</h1>
        <p className="muted">{t("subtitle")}</p>
        <div className="templates-search">
          <Search size={16} aria-hidden />
          <label htmlFor="templates-search" className="visually-hidden">
            {t("search")}
          </label>
          <input
            id="templates-search"
            type="search"
            placeholder={t("searchPlaceholder")}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {templates.isPending && <p className="page-status">{tc("loading")}</p>}
        {templates.isError && <p role="alert">{templates.error.message}</p>}
        {templates.isSuccess && found.length === 0 && (
          <p className="page-status">{t("noMatch", { query })}</p>
        )}
        {byCategory(found).map(([category, list]) => (
          <section key={category} className="templates-category" aria-label={category}>
            <h2>{category}</h2>
            <ul className="templates-grid">
              {list.map((template) => (
                <TemplateCard
                  key={template.slug}
                  template={template}
                  chosen={template.slug === chosen?.slug}
                  onChoose={() => setChosenSlug(template.slug)}
                />
              ))}
            </ul>
          </section>
        ))}
      </section>
      {chosen ? (
        <PreviewPane key={chosen.slug} template={chosen} folderId={folderId} />
      ) : (
        <aside className="template-preview" aria-label={t("preview")}>
          <p className="page-status">{t("choose")}</p>
        </aside>
      )}
    </main>
  );
}
