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

function messageOf(error: unknown, status: number): string {
  if (error && typeof error === "object" && "detail" in error) {
    const detail = (error as { detail: unknown }).detail;
    if (typeof detail === "string") return detail;
    if (Array.isArray(detail)) return detail.map((d) => d?.msg ?? String(d)).join("; ");
  }
  if (error && typeof error === "object" && "message" in error)
    return String((error as { message: unknown }).message);
  return `The server answered ${status}`;
}

/** The data of an openapi-fetch answer, or an `ApiError` thrown with the server's message. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) {
    throw new ApiError(response.status, messageOf(error, response.status));
  }
  return data;
}
