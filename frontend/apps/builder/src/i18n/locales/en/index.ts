/** English, the builder's source language: one namespace per area of the app. */
import { auth } from "./auth";
import { collaborators } from "./collaborators";
import { common } from "./common";
import { dashboard } from "./dashboard";
import { workspace } from "./workspace";

export const en = { common, auth, dashboard, workspace, collaborators } as const;
