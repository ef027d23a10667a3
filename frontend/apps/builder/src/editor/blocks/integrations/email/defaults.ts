import type { Block } from "../../../document";

/** A new send email block: Typebot's defaults (the server's own SMTP, a plain body). */
export const defaults = (): Omit<Block, "id" | "type"> => ({
  options: { credentialsId: "default", recipients: [], isCustomBody: false, isBodyCode: false },
});
