/** English, the builder's source language: one namespace per area of the app. */
import { auth } from "./auth";
import { botSettings } from "./botSettings";
import { common } from "./common";
import { dashboard } from "./dashboard";
import { theme } from "./theme";

export const en = { common, auth, dashboard, theme, botSettings } as const;
