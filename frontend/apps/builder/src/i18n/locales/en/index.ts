/** English, the builder's source language: one namespace per area of the app. */
import { auth } from "./auth";
import { common } from "./common";
import { dashboard } from "./dashboard";
import { results } from "./results";

export const en = { common, auth, dashboard, results } as const;
