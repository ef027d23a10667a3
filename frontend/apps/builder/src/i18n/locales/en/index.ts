/** English, the builder's source language: one namespace per area of the app. */
import { account } from "./account";
import { analytics } from "./analytics";
import { audit } from "./audit";
import { auth } from "./auth";
import { common } from "./common";
import { dashboard } from "./dashboard";

export const en = { common, auth, dashboard, analytics, account, audit } as const;
