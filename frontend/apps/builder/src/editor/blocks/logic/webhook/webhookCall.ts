/**
 * What an outside system calls to resume a chat waiting on a webhook block (README, "Listen for
 * webhook"), and what the builder's test call sends and answers.
 */

/** The part of the URL the caller fills in: the result id of the chat to resume. */
export const RESULT_ID_PLACEHOLDER = "{resultId}";

/** The shell variable the example call reads the result id from. */
export const RESULT_ID_VARIABLE = "RESULT_ID";

/** The URL that resumes the chat of `resultId` waiting on block `blockId` of bot `typebotId`. */
export function webhookUrl(
  origin: string,
  typebotId: string,
  blockId: string,
  resultId: string = RESULT_ID_PLACEHOLDER,
): string {
  const bot = encodeURIComponent(typebotId);
  const block = encodeURIComponent(blockId);
  return `${origin}/api/v1/typebots/${bot}/blocks/${block}/results/${resultId}/executeWebhook`;
}

/** `text` as one shell word that the shell leaves as it is (single quotes). */
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * A curl command that posts `body` (JSON text) to the block's webhook, the result id read from
 * `$RESULT_ID` (a literal `{resultId}` would be taken by curl for one of its URL patterns).
 */
export function curlCommand(origin: string, typebotId: string, blockId: string, body: string): string {
  const url = webhookUrl(origin, typebotId, blockId, `$${RESULT_ID_VARIABLE}`);
  return [
    `curl -X POST "${url}" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d ${shellQuote(compactJson(body))}`,
  ].join("\n");
}

/** JSON text on one line (as it was when it does not parse). */
function compactJson(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body));
  } catch {
    return body.trim();
  }
}

const SIMPLE_PATH = /^data(\.[A-Za-z_$][\w$]*)+$/;

/**
 * A JSON body the block's mapping reads something from: each simple body path (`data.order.id`;
 * the call's body is `data`) made into nested keys with an example value. `{}` when no path is
 * simple (indexes, expressions).
 */
export function exampleBody(bodyPaths: readonly unknown[]): string {
  const body: Record<string, unknown> = {};
  for (const path of bodyPaths) {
    if (typeof path !== "string" || !SIMPLE_PATH.test(path)) continue;
    const keys = path.split(".").slice(1);
    let node = body;
    for (const key of keys.slice(0, -1)) {
      const next = node[key];
      if (next === null || typeof next !== "object") node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    const last = keys[keys.length - 1];
    if (!(last in node)) node[last] = "value";
  }
  return JSON.stringify(body, null, 2);
}

/** A test body as the server gets it: `undefined` when blank, else parsed JSON (throws if not JSON). */
export function parseTestBody(text: string): unknown {
  return text.trim() === "" ? undefined : JSON.parse(text);
}
