import { lazy, Suspense } from "react";
import { CredentialsField, SelectField, useBlockField } from "../../settings/fields";
import type { BlockProps } from "../types";
import { usePlugin } from "./catalogue";

const PluginForm = lazy(() => import("./PluginForm"));

/** A plugin block's settings: its action, its credentials, and a form made from the action's schema. */
export function PluginSettings({ block }: BlockProps) {
  const plugin = usePlugin(block.type);
  const [actionName] = useBlockField<string>(block, ["options", "action"]);
  if (!plugin) return <p className="settings-note">Loading the plugin…</p>;
  const action = plugin.actions.find((candidate) => candidate.name === actionName);
  return (
    <div className="settings-fields">
      {plugin.credentialsType && (
        <CredentialsField
          block={block}
          path={["options", "credentialsId"]}
          label="Account"
          credentialsType={plugin.credentialsType}
        />
      )}
      <SelectField
        block={block}
        path={["options", "action"]}
        label="Action"
        placeholder="Select an action…"
        options={plugin.actions.map((candidate) => candidate.name)}
      />
      {action && (
        <Suspense fallback={<p className="settings-note">Loading the form…</p>}>
          <PluginForm key={action.name} block={block} optionsSchema={action.optionsSchema} />
        </Suspense>
      )}
    </div>
  );
}
