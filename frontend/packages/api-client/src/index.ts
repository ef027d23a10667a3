/**
 * Botloom's HTTP API, typed from its OpenAPI document: `paths` and `components` describe every
 * route, `createApiClient` makes an openapi-fetch client that sends the session cookie and echoes
 * the CSRF token on writes, as the server requires of cookie-authenticated callers.
 */
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema";

export type { components, paths } from "./schema";
export type Schemas = components["schemas"];
export type BlockType = Schemas["BlockType"];

export const CSRF_COOKIE = "botloom_csrf";
export const CSRF_HEADER = "X-CSRF-Token";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The CSRF token the server gave this browser (readable cookie), if signed in. */
export function csrfToken(cookies: string = globalThis.document?.cookie ?? ""): string | undefined {
  for (const part of cookies.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

const csrf: Middleware = {
  onRequest({ request }) {
    const token = csrfToken();
    if (token && !SAFE_METHODS.has(request.method)) request.headers.set(CSRF_HEADER, token);
    return request;
  },
};

/** A typed client of the API at `baseUrl` (the page's own origin by default). */
export function createApiClient(baseUrl = "") {
  const client = createClient<paths>({ baseUrl, credentials: "same-origin" });
  client.use(csrf);
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;
