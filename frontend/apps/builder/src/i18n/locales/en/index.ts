/** English, the builder's source language: one namespace per area of the app. */
import { account } from "./account";
import { analytics } from "./analytics";
import { audit } from "./audit";
import { auth } from "./auth";
import { blocks } from "./blocks";
import { botSettings } from "./botSettings";
import { collaborators } from "./collaborators";
import { common } from "./common";
import { dashboard } from "./dashboard";
import { editor } from "./editor";
import { preview } from "./preview";
import { results } from "./results";
import { share } from "./share";
import { shortcuts } from "./shortcuts";
import { templates } from "./templates";
import { theme } from "./theme";
import { variables } from "./variables";
import { workspace } from "./workspace";

export const en = {
  common,
  account,
  analytics,
  audit,
  auth,
  blocks,
  botSettings,
  collaborators,
  dashboard,
  editor,
  preview,
  results,
  share,
  shortcuts,
  templates,
  theme,
  variables,
  workspace,
} as const;
