import type { Block } from "../../../document";

/** A new HTTP request block: Typebot's defaults (POST, no custom body, 10 s timeout). */
export const defaults = (): Omit<Block, "id" | "type"> => ({
  options: { webhook: { method: "POST", headers: [], queryParams: [] }, isCustomBody: false, timeout: 10 },
});
