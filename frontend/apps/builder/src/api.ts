/** The builder's one API client, and how its failures reach screens. */
import { createApiClient } from "@botloom/api-client";

export const api = createApiClient();

/** A refused request, with the server's message (which names the field at fault). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The server's message in an error body (its `{message, code, status}`, or FastAPI's `detail`). */
export function serverMessage(error: unknown): string | undefined {
  const body = error as { detail?: unknown; message?: unknown } | undefined;
  if (typeof body?.message === "string") return body.message;
  if (typeof body?.detail === "string") return body.detail;
  if (Array.isArray(body?.detail)) return body.detail.map((d) => d?.msg ?? String(d)).join("; ");
  return undefined;
}

/** The data of an openapi-fetch answer, or an `ApiError` thrown with the server's message. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) {
    throw new ApiError(response.status, serverMessage(error) ?? `The server answered ${response.status}`);
  }
  return data;
}
