/** English, the builder's source language: one namespace per area of the app. */
import { auth } from "./auth";
import { common } from "./common";
import { dashboard } from "./dashboard";
import { templates } from "./templates";

export const en = { common, auth, dashboard, templates } as const;
