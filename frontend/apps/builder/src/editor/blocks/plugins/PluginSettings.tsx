import { lazy, Suspense } from "react";
import { useTranslation } from "../../../i18n";
import { CredentialsField, SelectField, useBlockField } from "../../settings/fields";
import type { BlockProps } from "../types";
import { usePlugin } from "./catalogue";

const PluginForm = lazy(() => import("./PluginForm"));

/** A plugin block's settings: its action, its credentials, and a form made from the action's schema. */
export function PluginSettings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const plugin = usePlugin(block.type);
  const [actionName] = useBlockField<string>(block, ["options", "action"]);
  if (!plugin) return <p className="settings-note">{t("plugins.loadingThePlugin")}</p>;
  const action = plugin.actions.find((candidate) => candidate.name === actionName);
  return (
    <div className="settings-fields">
      {plugin.credentialsType && (
        <CredentialsField
          block={block}
          path={["options", "credentialsId"]}
          label={t("plugins.account")}
          credentialsType={plugin.credentialsType}
        />
      )}
      <SelectField
        block={block}
        path={["options", "action"]}
        label={t("plugins.action")}
        placeholder={t("plugins.selectAnAction")}
        options={plugin.actions.map((candidate) => candidate.name)}
      />
      {action && (
        <Suspense fallback={<p className="settings-note">{t("plugins.loadingTheForm")}</p>}>
          <PluginForm key={action.name} block={block} optionsSchema={action.optionsSchema} />
        </Suspense>
      )}
    </div>
  );
}
