// Generated from openapi.json by `npm run generate`; do not edit.

export type paths = {
    "/api/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Healthz
         * @description Liveness: the process answers. It touches nothing, so a slow database never gets a
         *     healthy worker restarted.
         */
        get: operations["health-healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readyz
         * @description Readiness: the database answers a query. 503 while it does not, so a load balancer
         *     sends chats elsewhere; the reason is logged, not returned (it may name hosts or users).
         */
        get: operations["health-readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/magic-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send Magic Link
         * @description Email a sign-in link (printed to the server's console when no SMTP server is set). The
         *     answer is the same whether or not the email has an account or may sign up.
         */
        post: operations["auth-send_magic_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/magic-link/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open Magic Link
         * @description Spend a sign-in link: open a session and go where the link was asked from. The link is
         *     opened by a person in a browser, so a refusal is a page that says why, not a JSON error.
         */
        get: operations["auth-open_magic_link"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Providers
         * @description The identity providers configured for the sign-in screen.
         */
        get: operations["auth-list_providers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/providers/{providerId}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Finish Provider Sign In
         * @description Where the provider sends the browser back: check it all, then open a session.
         */
        get: operations["auth-finish_provider_sign_in"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/providers/{providerId}/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start Provider Sign In
         * @description Send the browser to the provider, bound to it by a cookie holding the ``state``.
         */
        get: operations["auth-start_provider_sign_in"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign Out
         * @description End this browser's session (an API token caller has none to end).
         */
        post: operations["auth-sign_out"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign Out Everywhere
         * @description End every browser session of the caller.
         */
        post: operations["auth-sign_out_everywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Block Catalogue
         * @description Every block type this server runs, and its plugins with each action's options schema
         *     (the same for every signed-in caller).
         */
        get: operations["blocks-get_block_catalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/google-sheets/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Finish Google Sheets
         * @description Where Google sends the browser back: the tokens become Google Sheets credentials of the
         *     workspace the state names; the browser goes back to its credentials page, told how it
         *     went (``?googleSheets=connected|denied|expired|forbidden|unavailable|failed``).
         */
        get: operations["credentials-finish_google_sheets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Credentials Kinds
         * @description Every kind of credentials a workspace can keep, with the fields of its form (never any
         *     stored value); ``available`` is false for Google Sheets when the server has no Google client.
         */
        get: operations["credentials-list_credentials_kinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Custom Domains
         * @description The workspace's domains (members).
         */
        get: operations["customDomains-list_custom_domains"];
        put?: never;
        /**
         * Create Custom Domain
         * @description Claim a domain for the workspace (admins); it serves bots once verified.
         */
        post: operations["customDomains-create_custom_domain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-domains/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Custom Domain
         * @description Remove a domain (admins); bots on it lose their custom address.
         */
        delete: operations["customDomains-delete_custom_domain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-domains/{name}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify Custom Domain
         * @description Check the domain's verification record (members); what to add while it is missing.
         */
        get: operations["customDomains-verify_custom_domain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Folders
         * @description Folders of a workspace directly inside a parent (top level without one).
         */
        get: operations["folders-list_folders"];
        put?: never;
        /**
         * Create Folder
         * @description A new folder.
         */
        post: operations["folders-create_folder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/folders/{folderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Folder
         * @description One folder.
         */
        get: operations["folders-get_folder"];
        put?: never;
        post?: never;
        /**
         * Delete Folder
         * @description Delete a folder and its subfolders; their bots move to the top level.
         */
        delete: operations["folders-delete_folder"];
        options?: never;
        head?: never;
        /**
         * Update Folder
         * @description Rename or move a folder.
         */
        patch: operations["folders-update_folder"];
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/clientLogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save Client Logs
         * @deprecated
         * @description Store logs the widget reports.
         */
        post: operations["chat-save_client_logs_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/continueChat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Continue Chat
         * @description Answer the bot, and get what it says next.
         */
        post: operations["chat-continue_chat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/updateTypebot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Typebot
         * @description Make a session run the bot's latest version, keeping its place and variables.
         */
        post: operations["chat-update_typebot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/webhookEvents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook Events
         * @description Wait for the webhook the chat listens to (the ``listenId`` of its ``listenForWebhook``
         *     action): one ``webhook`` event carries the continueChat body of the resumed chat.
         */
        get: operations["chat-webhook_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Templates
         * @description Every starter bot, in gallery order (the same for every signed-in caller).
         */
        get: operations["templates-list_templates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates/{templateSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Template
         * @description One starter bot and its bot document, to create a bot from
         *     (``POST /api/v1/typebots/import``).
         */
        get: operations["templates-get_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates/{templateSlug}/preview/startChat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start Template Preview Chat
         * @description Start a preview chat with a template of the gallery without making a bot of it
         *     (signed-in callers; counted as a startChat). Its session goes on with continueChat.
         */
        post: operations["chat-start_template_preview_chat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themeTemplates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Theme Templates
         * @description The workspace's saved themes; anyone in the workspace may read them.
         */
        get: operations["themeTemplates-list_theme_templates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themeTemplates/{themeTemplateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save Theme Template
         * @description Create the workspace theme with this id, or replace its name and theme.
         */
        put: operations["themeTemplates-save_theme_template"];
        post?: never;
        /**
         * Delete Theme Template
         * @description Delete a workspace theme; it is returned as it was.
         */
        delete: operations["themeTemplates-delete_theme_template"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Typebots
         * @description Bots of a workspace, in one folder (top level without ``folderId``).
         */
        get: operations["typebots-list_typebots"];
        put?: never;
        /**
         * Create Typebot
         * @description Create a bot, empty or from a partial current-version document.
         */
        post: operations["typebots-create_typebot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{publicId}/startChat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start Chat
         * @description Start a chat with a published bot.
         */
        post: operations["chat-start_chat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Typebot
         * @description One bot's draft.
         */
        get: operations["typebots-get_typebot"];
        put?: never;
        post?: never;
        /**
         * Delete Typebot
         * @description Delete a bot, its published versions, its results and their files (workspace members).
         */
        delete: operations["typebots-delete_typebot"];
        options?: never;
        head?: never;
        /**
         * Update Typebot
         * @description Change a draft. A stale ``typebot.updatedAt`` gets 409 unless ``overwrite`` is true.
         */
        patch: operations["typebots-update_typebot"];
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/analytics/inDepthData": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get In Depth Data
         * @description Answers per block, off-default edges taken, and each input block's drop-off rate.
         */
        get: operations["analytics-get_in_depth_data"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/analytics/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Stats
         * @description Views (results created), starts (with an answer) and completions in the period.
         */
        get: operations["analytics-get_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/analytics/timeSeries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Stats Time Series
         * @description The stats of the period hour by hour (``today``), day by day, or month by month
         *     (spans over 400 days), in the caller's time zone, for a chart.
         */
        get: operations["analytics-get_stats_time_series"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/blocks/{blockId}/results/{resultId}/executeWebhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute Webhook
         * @description Call a "listen for webhook" block: the chat of ``resultId`` waiting on the block goes on
         *     at once, with parts of the JSON body saved into variables by the block's mapping. 404 when
         *     the result has no open chat, 409 when its chat waits on something else.
         */
        post: operations["chat-execute_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/blocks/{blockId}/web/executeTestWebhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute Test Webhook
         * @description The builder's test call of a "listen for webhook" block: the caller's preview chats of
         *     the bot waiting on the block (active within the hour) go on, as with ``executeWebhook``.
         */
        post: operations["chat-execute_test_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/collaborators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Collaborators
         * @description Who the bot is shared with, and how.
         */
        get: operations["collaborators-list_collaborators"];
        put?: never;
        /**
         * Add Collaborator
         * @description Share the bot with a user by email (members and admins of its workspace).
         */
        post: operations["collaborators-add_collaborator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/collaborators/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Collaborator
         * @description Stop sharing the bot with someone (members and admins of the workspace).
         */
        delete: operations["collaborators-delete_collaborator"];
        options?: never;
        head?: never;
        /**
         * Update Collaborator
         * @description Give a collaborator read or write access (members and admins of the workspace).
         */
        patch: operations["collaborators-update_collaborator"];
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/linkedTypebots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Linked Typebots
         * @description The bots this bot's typebot-link blocks go to, among those the caller may read.
         */
        get: operations["typebots-get_linked_typebots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/preview/startChat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start Preview Chat
         * @description Start a chat with a bot's draft (API token required).
         */
        post: operations["chat-start_preview_chat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish Typebot
         * @description Publish the draft as a new version.
         */
        post: operations["typebots-publish_typebot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/publishedTypebot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Published Typebot
         * @description The live version, or ``null`` when the bot is not published.
         */
        get: operations["typebots-get_published_typebot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Results
         * @description Results that started, newest first, a page at a time.
         */
        get: operations["results-list_results"];
        put?: never;
        post?: never;
        /**
         * Delete Results
         * @description Delete the listed results, or every result of the bot when none are listed.
         */
        delete: operations["results-delete_results"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/results/{resultId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Result
         * @description One result with its answers and variables.
         */
        get: operations["results-get_result"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/results/{resultId}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Result Logs
         * @description What the run logged (mostly integration errors), oldest first.
         */
        get: operations["results-get_result_logs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/results/{resultId}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Result Transcript
         * @description The conversation: bot bubbles (markdown, media URLs) and the visitor's replies.
         */
        get: operations["results-get_result_transcript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/results/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Results
         * @description Every matching result as CSV (Typebot's columns) or JSON Lines, streamed; the
         *     ``X-Total-Count`` header announces how many, so a client can show its progress.
         */
        get: operations["results-export_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unpublish Typebot
         * @description Take the bot offline; its versions are kept.
         */
        post: operations["typebots-unpublish_typebot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/webhookBlocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Http Request Blocks
         * @description The HTTP request blocks (and Zapier, Make.com, Pabbly blocks) of the bot's draft.
         */
        get: operations["httpRequest-list_http_request_blocks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/webhookBlocks/{blockId}/getResultExample": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Result Example
         * @description A made-up body with the keys the block's automatic request sends, to map fields from.
         */
        get: operations["httpRequest-get_result_example"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/webhookBlocks/{blockId}/subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Subscribe Webhook
         * @description Point the block at ``url`` (Zapier, Make.com and Pabbly do this when a user turns a
         *     connection on); the live bot uses it at once.
         */
        post: operations["httpRequest-subscribe_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/webhookBlocks/{blockId}/testWebhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Webhook Test
         * @description Send the block's request from the server with test values; answers what came back
         *     (a refused target, a timeout or a network failure as status 400, 408 or 500).
         */
        post: operations["httpRequest-run_webhook_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/{typebotId}/webhookBlocks/{blockId}/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unsubscribe Webhook
         * @description Clear the block's URL (the connection was turned off); the block then sends nothing.
         */
        post: operations["httpRequest-unsubscribe_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typebots/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import Typebot
         * @description Import a Typebot export of any version as a new bot, or over the draft of ``typebotId``.
         */
        post: operations["typebots-import_typebot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Me
         * @description The signed-in user; ``isAdmin`` for the instance's admins (``BOTLOOM_ADMIN_EMAILS``).
         */
        get: operations["users-get_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Me
         * @description Change one's own name or picture.
         */
        patch: operations["users-update_me"];
        trace?: never;
    };
    "/api/v1/users/me/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List My Api Tokens
         * @description The caller's API tokens: name, when made, when last used (never their values).
         */
        get: operations["users-list_my_api_tokens"];
        put?: never;
        /**
         * Create My Api Token
         * @description A new API token, shown this once (only its hash is kept).
         */
        post: operations["users-create_my_api_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/api-tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke My Api Token
         * @description Revoke one of the caller's tokens: it stops working at once.
         */
        delete: operations["users-revoke_my_api_token"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Workspaces
         * @description The workspaces the caller is a member (or a guest) of: pass one's id as ``workspaceId``
         *     to the other routes to work in it.
         */
        get: operations["workspaces-list_workspaces"];
        put?: never;
        /**
         * Create Workspace
         * @description A new workspace, with the caller as its admin.
         */
        post: operations["workspaces-create_workspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Workspace
         * @description One workspace of the caller's.
         */
        get: operations["workspaces-get_workspace"];
        put?: never;
        post?: never;
        /**
         * Delete Workspace
         * @description Delete a workspace with its bots, results, uploaded files, folders and credentials
         *     (admins only).
         */
        delete: operations["workspaces-delete_workspace"];
        options?: never;
        head?: never;
        /**
         * Update Workspace
         * @description Rename a workspace, change its icon or its settings (admins only).
         */
        patch: operations["workspaces-update_workspace"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Audit Log
         * @description Who created, changed, published, deleted or exported what, newest first (admins only).
         */
        get: operations["workspaces-get_audit_log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Credentials
         * @description The workspace's credentials: id, type, name and creation date, never the data.
         */
        get: operations["credentials-list_credentials"];
        put?: never;
        /**
         * Create Credentials
         * @description Store credentials, encrypted (workspace admins).
         */
        post: operations["credentials-create_credentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/credentials/{credentialsId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Credentials
         * @description Remove credentials (workspace admins).
         */
        delete: operations["credentials-delete_credentials"];
        options?: never;
        head?: never;
        /**
         * Update Credentials
         * @description Rename credentials or replace their data (workspace admins).
         */
        patch: operations["credentials-update_credentials"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/credentials/google-sheets/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authorize Google Sheets
         * @description Google's consent screen, to connect Google Sheets as credentials of the workspace
         *     (workspace admins; 409 when the server has no Google client or encryption secret). Google
         *     sends the browser back to ``/api/v1/credentials/google-sheets/callback``.
         */
        post: operations["credentials-authorize_google_sheets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Invitations
         * @description Invitations waiting for their email's user to sign up (admins only).
         */
        get: operations["workspaces-list_invitations"];
        put?: never;
        /**
         * Create Invitation
         * @description Invite an email (admins only): its user, if any, becomes a member at once; anyone else
         *     joins when they sign up with it. Either way the email is told (after the answer).
         */
        post: operations["workspaces-create_invitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Invitation
         * @description Withdraw a pending invitation (admins only).
         */
        delete: operations["workspaces-delete_invitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Members
         * @description The workspace's members and guests with their roles (members and admins).
         */
        get: operations["workspaces-list_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Member
         * @description Remove someone from the workspace (admins), or leave it (anyone, for themselves).
         */
        delete: operations["workspaces-delete_member"];
        options?: never;
        head?: never;
        /**
         * Update Member
         * @description Make a member an admin or a member (admins only).
         */
        patch: operations["workspaces-update_member"];
        trace?: never;
    };
    "/api/v2/sessions/{sessionId}/clientLogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save Client Logs
         * @description Store logs the widget reports.
         */
        post: operations["chat-save_client_logs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/sessions/{sessionId}/streamMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stream Message
         * @description Stream the answer the chat is waiting for; the client then continueChats with it.
         */
        post: operations["chat-stream_message"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/generate-upload-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Upload Url
         * @description A short-lived URL to upload one file answering the session's current input; or, for a
         *     signed-in caller who may edit the bot ``typebotId``, a picture of its theme.
         */
        post: operations["chat-generate_upload_url"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/uploads/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put File
         * @description Upload the file as the request body; the token comes from ``generate-upload-url``.
         */
        put: operations["chat-put_file"];
        /**
         * Post File
         * @description Upload the file as a form: the fields ``generate-upload-url`` gave, then ``file``.
         */
        post: operations["chat-post_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{fileId}/{fileName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get File
         * @description An uploaded file. Types that could run script in our origin are only downloaded.
         */
        get: operations["chat-get_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * ApiTokenCreate
         * @description A new API token's label.
         */
        ApiTokenCreate: {
            /** Name */
            name: string;
        };
        /**
         * ApiTokenCreated
         * @description The answer to creating a token.
         */
        ApiTokenCreated: {
            apiToken: components["schemas"]["NewApiToken"];
        };
        /**
         * ApiTokenList
         * @description The caller's API tokens, oldest first.
         */
        ApiTokenList: {
            /** Apitokens */
            apiTokens: components["schemas"]["ApiTokenRead"][];
        };
        /**
         * ApiTokenRead
         * @description An API token as listed: never its value, which is not stored.
         */
        ApiTokenRead: {
            /** Createdat */
            createdAt: string;
            /** Id */
            id: string;
            /** Lastusedat */
            lastUsedAt: string | null;
            /** Name */
            name: string;
        };
        /**
         * ApiTokenRevoked
         * @description The answer to revoking a token.
         */
        ApiTokenRevoked: {
            apiToken: components["schemas"]["RevokedApiToken"];
        };
        /**
         * AudioMessage
         * @description A recorded voice reply, uploaded first.
         */
        AudioMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "audio";
            /** Url */
            url: string;
        };
        /**
         * AuditEventRead
         * @description One recorded change.
         */
        AuditEventRead: {
            /** Action */
            action: string;
            /** Actoremail */
            actorEmail: string | null;
            /** Actorid */
            actorId: string | null;
            /** Createdat */
            createdAt: string;
            /** Details */
            details: {
                [key: string]: unknown;
            } | null;
            /** Id */
            id: number;
            /** Targetid */
            targetId: string | null;
            /** Targettype */
            targetType: string;
        };
        /**
         * AuditLogPage
         * @description Events newest first; ``nextCursor`` asks for the next (older) page.
         */
        AuditLogPage: {
            /** Events */
            events: components["schemas"]["AuditEventRead"][];
            /** Nextcursor */
            nextCursor: string | null;
        };
        /**
         * Avatar
         * @description A host or guest avatar.
         */
        Avatar: {
            /** Isenabled */
            isEnabled?: boolean | null;
            /** Url */
            url?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * Background
         * @description Page background: a color, an image URL or none.
         */
        Background: {
            /** Content */
            content?: string | null;
            /** Type */
            type?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * BlockAnswers
         * @description How many answers an input block received (a block answered twice by one visitor
         *     counts twice, as in Typebot).
         */
        BlockAnswers: {
            /** Blockid */
            blockId: string;
            /** Total */
            total: number;
        };
        /**
         * BlockCatalogue
         * @description Every block the builder can add: the built-in types and the server's plugins.
         */
        BlockCatalogue: {
            /** Blocks */
            blocks: components["schemas"]["BlockTypeRead"][];
            /** Plugins */
            plugins: components["schemas"]["PluginRead"][];
        };
        /**
         * BlockDropOff
         * @description Botloom addition: how many visitors an input block lost.
         *
         *     ``totalReached`` counts the results that answered the block or whose chat waits at it;
         *     ``totalDropped`` those whose chat waits at it (left, or not answered yet);
         *     ``dropOffRate`` is ``totalDropped / totalReached`` (0 when nobody reached it).
         */
        BlockDropOff: {
            /** Blockid */
            blockId: string;
            /** Dropoffrate */
            dropOffRate: number;
            /** Groupid */
            groupId: string;
            /** Totalanswered */
            totalAnswered: number;
            /** Totaldropped */
            totalDropped: number;
            /** Totalreached */
            totalReached: number;
        };
        /**
         * BlockFamily
         * @description The families of Typebot's block catalogue; the engine treats each family alike.
         * @enum {string}
         */
        BlockFamily: "start" | "bubble" | "input" | "logic" | "integration" | "forge";
        /**
         * BlockType
         * @enum {string}
         */
        BlockType: "text" | "image" | "video" | "embed" | "audio" | "text input" | "email input" | "number input" | "url input" | "phone number input" | "date input" | "time input" | "payment input" | "rating input" | "cards" | "choice input" | "file input" | "picture choice input" | "Code" | "Redirect" | "Set variable" | "Typebot link" | "Wait" | "Jump" | "Return" | "Condition" | "AB test" | "webhook" | "Chatwoot" | "Google Analytics" | "OpenAI" | "Email" | "Pixel" | "Google Sheets" | "Make.com" | "Pabbly" | "Webhook" | "Zapier";
        /**
         * BlockTypeRead
         * @description One built-in block type and the sidebar family it belongs to.
         */
        BlockTypeRead: {
            family: components["schemas"]["BlockFamily"];
            type: components["schemas"]["BlockType"];
        };
        /**
         * ChatBot
         * @description The bot a chat runs, as much as the widget needs to draw it.
         */
        ChatBot: {
            /** Id */
            id: string;
            /** Publishedat */
            publishedAt?: string | null;
            /**
             * Settings
             * @description As in the bot, only the fields it sets.
             */
            settings: {
                [key: string]: unknown;
            };
            /**
             * Theme
             * @description As in the bot, only the fields it sets.
             */
            theme: {
                [key: string]: unknown;
            };
            /** Version */
            version: string;
        };
        /**
         * ChatLog
         * @description What went wrong or right in a block, shown in the builder's preview.
         */
        ChatLog: {
            /** Context */
            context?: string | null;
            /** Description */
            description: string;
            /** Details */
            details?: string | null;
            /** Status */
            status: string;
        };
        /**
         * ChatTheme
         * @description Container, avatars, bubbles, buttons and inputs.
         */
        ChatTheme: {
            /** Buttonlabel */
            buttonLabel?: string | null;
            /** Buttons */
            buttons?: {
                [key: string]: unknown;
            } | null;
            /** Container */
            container?: {
                [key: string]: unknown;
            } | null;
            guestAvatar?: components["schemas"]["Avatar"] | null;
            /** Guestbubbles */
            guestBubbles?: {
                [key: string]: unknown;
            } | null;
            hostAvatar?: components["schemas"]["Avatar"] | null;
            /** Hostbubbles */
            hostBubbles?: {
                [key: string]: unknown;
            } | null;
            /** Inputs */
            inputs?: {
                [key: string]: unknown;
            } | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * ClientLog
         * @description A log line the widget reports.
         */
        ClientLog: {
            /** Context */
            context?: string | null;
            /**
             * Description
             * @default
             */
            description: string;
            /** Details */
            details?: unknown;
            /** Status */
            status?: string | null;
        };
        /**
         * ClientLogsBody
         * @description Logs the widget reports for a session.
         */
        ClientLogsBody: {
            /** Clientlogs */
            clientLogs: components["schemas"]["ClientLog"][];
        };
        /**
         * CollaboratorCreate
         * @description Share a bot with a user, by email.
         */
        CollaboratorCreate: {
            /** Email */
            email: string;
            /**
             * Type
             * @default READ
             * @enum {string}
             */
            type: "READ" | "WRITE";
        };
        /**
         * CollaboratorListResponse
         * @description A bot's collaborators.
         */
        CollaboratorListResponse: {
            /** Collaborators */
            collaborators: components["schemas"]["CollaboratorRead"][];
        };
        /**
         * CollaboratorRead
         * @description Someone a bot is shared with (Typebot's shape).
         */
        CollaboratorRead: {
            /** Createdat */
            createdAt: string;
            /**
             * Type
             * @enum {string}
             */
            type: "READ" | "WRITE";
            /** Typebotid */
            typebotId: string;
            /** Updatedat */
            updatedAt: string;
            user: components["schemas"]["UserSummary"];
            /** Userid */
            userId: string;
        };
        /**
         * CollaboratorResponse
         * @description One collaborator.
         */
        CollaboratorResponse: {
            collaborator: components["schemas"]["CollaboratorRead"];
        };
        /**
         * CollaboratorUpdate
         * @description Change what a collaborator may do.
         */
        CollaboratorUpdate: {
            /**
             * Type
             * @enum {string}
             */
            type: "READ" | "WRITE";
        };
        /**
         * CommandMessage
         * @description A command sent by the embedding page (``Typebot.sendCommand``).
         */
        CommandMessage: {
            /** Command */
            command: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "command";
        };
        /**
         * ContinueChatBody
         * @description A visitor's reply, or the client's answer to a dedicated-reply action.
         */
        ContinueChatBody: {
            /** Message */
            message?: string | (components["schemas"]["TextMessage"] | components["schemas"]["AudioMessage"] | components["schemas"]["CommandMessage"]) | null;
            /**
             * Textbubblecontentformat
             * @default richText
             * @enum {string}
             */
            textBubbleContentFormat: "richText" | "markdown";
        };
        /**
         * ContinueChatResponse
         * @description What the bot says in a turn, and the input it then waits on (none: the chat ended).
         */
        ContinueChatResponse: {
            /** Clientsideactions */
            clientSideActions?: ({
                expectsDedicatedReply?: boolean;
                lastBubbleBlockId?: string;
                type: string;
            } & {
                [key: string]: unknown;
            })[] | null;
            dynamicTheme?: components["schemas"]["DynamicTheme"] | null;
            /** Input */
            input?: ({
                id: string;
                options?: Record<string, never>;
                outgoingEdgeId?: string;
                type: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /**
             * Lastmessagenewformat
             * @description The visitor's reply as the input reformatted it.
             */
            lastMessageNewFormat?: string | null;
            /**
             * Logs
             * @description Preview chats only.
             */
            logs?: components["schemas"]["ChatLog"][] | null;
            /** Messages */
            messages: (components["schemas"]["TextBubble"] | components["schemas"]["MediaBubble"])[];
            /** Progress */
            progress?: number | null;
        };
        /**
         * CredentialsCreate
         * @description New credentials: Typebot's ``type`` (``smtp``, ``openai``...), a name, the secret data.
         */
        CredentialsCreate: {
            /** Data */
            data: {
                [key: string]: unknown;
            };
            /** Name */
            name: string;
            /** Type */
            type: string;
        };
        /**
         * CredentialsFieldRead
         * @description One field of a kind's form: its key in ``data`` (dotted for nested objects).
         */
        CredentialsFieldRead: {
            /** Key */
            key: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "text" | "secret" | "number" | "boolean";
            /** Label */
            label: string;
            /** Required */
            required: boolean;
        };
        /**
         * CredentialsKindList
         * @description Every kind of credentials the server knows.
         */
        CredentialsKindList: {
            /** Kinds */
            kinds: components["schemas"]["CredentialsKindRead"][];
        };
        /**
         * CredentialsKindRead
         * @description A kind of credentials the server knows, and how to make one.
         */
        CredentialsKindRead: {
            /**
             * Available
             * @description False when the server is not set up to make one
             */
            available: boolean;
            /**
             * Connect
             * @description form: send the fields' values; oauth: connect at the provider's consent screen (`.../credentials/google-sheets/authorize`)
             * @enum {string}
             */
            connect: "form" | "oauth";
            /** Fields */
            fields: components["schemas"]["CredentialsFieldRead"][];
            /** Name */
            name: string;
            /** Type */
            type: string;
        };
        /**
         * CredentialsListResponse
         * @description The credentials of a workspace.
         */
        CredentialsListResponse: {
            /** Credentials */
            credentials: components["schemas"]["CredentialsRead"][];
        };
        /**
         * CredentialsRead
         * @description Credentials as the API shows them: never their data.
         */
        CredentialsRead: {
            /** Createdat */
            createdAt: string;
            /** Id */
            id: string;
            /** Name */
            name: string;
            /** Type */
            type: string;
            /** Workspaceid */
            workspaceId: string;
        };
        /**
         * CredentialsResponse
         * @description One credentials entry.
         */
        CredentialsResponse: {
            credentials: components["schemas"]["CredentialsRead"];
        };
        /**
         * CredentialsUpdate
         * @description A new name, new data, or both.
         */
        CredentialsUpdate: {
            /** Data */
            data?: {
                [key: string]: unknown;
            } | null;
            /** Name */
            name?: string | null;
        };
        /**
         * CustomDomainCreate
         * @description A domain to add to a workspace.
         */
        CustomDomainCreate: {
            /** Name */
            name: string;
            /** Workspaceid */
            workspaceId: string;
        };
        /**
         * CustomDomainDelete
         * @description Which workspace the domain is removed from.
         */
        CustomDomainDelete: {
            /** Workspaceid */
            workspaceId: string;
        };
        /**
         * CustomDomainListResponse
         * @description A workspace's domains.
         */
        CustomDomainListResponse: {
            /** Customdomains */
            customDomains: components["schemas"]["CustomDomainRead"][];
        };
        /**
         * CustomDomainRead
         * @description A workspace's domain; bots answer on it once ``verified``.
         */
        CustomDomainRead: {
            /** Createdat */
            createdAt: string;
            /** Name */
            name: string;
            /** Verified */
            verified: boolean;
        };
        /**
         * CustomDomainResponse
         * @description One domain.
         */
        CustomDomainResponse: {
            customDomain: components["schemas"]["CustomDomainRead"];
        };
        /**
         * DeletedResponse
         * @description Typebot's answer to a delete.
         */
        DeletedResponse: {
            /**
             * Message
             * @default success
             * @constant
             */
            message: "success";
        };
        /**
         * DocumentWarning
         * @description Something repaired while importing, at a JSON path.
         */
        DocumentWarning: {
            /** Message */
            message: string;
            /** Path */
            path: string;
        };
        /**
         * DomainJson
         * @description The domain's configuration, in the fields Typebot's verify route answers with.
         */
        DomainJson: {
            /** Apexname */
            apexName: string;
            /** Name */
            name: string;
            /** Verification */
            verification: components["schemas"]["VerificationRecord"][];
            /** Verified */
            verified: boolean;
        };
        /**
         * DynamicTheme
         * @description Avatars and background the bot gives as ``{{Variable}}`` URLs, resolved.
         */
        DynamicTheme: {
            /** Backgroundurl */
            backgroundUrl?: string | null;
            /** Guestavatarurl */
            guestAvatarUrl?: string | null;
            /** Hostavatarurl */
            hostAvatarUrl?: string | null;
        };
        /**
         * EdgeTarget
         * @description Where an edge leads (``blockId`` only when it enters a group past its first block).
         */
        EdgeTarget: {
            /** Blockid */
            blockId?: string | null;
            /** Groupid */
            groupId: string;
        };
        /**
         * ErrorBody
         * @description Every error answer, as ``error_response`` writes it.
         */
        ErrorBody: {
            /** Code */
            code: string;
            /** Data */
            data?: {
                [key: string]: unknown;
            } | null;
            /** Defined */
            defined: boolean;
            /** Message */
            message: string;
            /** Status */
            status: number;
        };
        /**
         * FolderChanges
         * @description What to change in a folder; a ``parentFolderId`` key (even ``null``) moves it.
         */
        FolderChanges: {
            /** Name */
            name?: string | null;
            /** Parentfolderid */
            parentFolderId?: string | null;
        };
        /**
         * FolderCreate
         * @description A new folder.
         */
        FolderCreate: {
            /** Foldername */
            folderName?: string | null;
            /** Id */
            id?: string | null;
            /** Parentfolderid */
            parentFolderId?: string | null;
            /** Workspaceid */
            workspaceId: string;
        };
        /**
         * FolderListResponse
         * @description Folders of a parent.
         */
        FolderListResponse: {
            /** Folders */
            folders: components["schemas"]["FolderSummary"][];
        };
        /**
         * FolderRead
         * @description A whole folder.
         */
        FolderRead: {
            /** Createdat */
            createdAt: string;
            /** Id */
            id: string;
            /** Name */
            name: string;
            /** Parentfolderid */
            parentFolderId: string | null;
            /** Updatedat */
            updatedAt: string;
            /** Workspaceid */
            workspaceId: string;
        };
        /**
         * FolderResponse
         * @description One folder.
         */
        FolderResponse: {
            folder: components["schemas"]["FolderRead"];
        };
        /**
         * FolderSummary
         * @description A folder in a list.
         */
        FolderSummary: {
            /** Createdat */
            createdAt: string;
            /** Id */
            id: string;
            /** Name */
            name: string;
        };
        /**
         * FolderUpdate
         * @description Changes to a folder.
         */
        FolderUpdate: {
            folder: components["schemas"]["FolderChanges"];
            /** Workspaceid */
            workspaceId: string;
        };
        /**
         * GeneralTheme
         * @description Font, background and progress bar.
         */
        GeneralTheme: {
            background?: components["schemas"]["Background"] | null;
            /** Font */
            font?: string | {
                [key: string]: unknown;
            } | null;
            /** Progressbar */
            progressBar?: {
                [key: string]: unknown;
            } | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * GenerateUploadUrlBody
         * @description The file about to be uploaded: an answer to the session's input (the widget: ``sessionId``
         *     and ``blockId``), or a picture of a bot's theme (the builder: ``typebotId``, signed in).
         */
        GenerateUploadUrlBody: {
            /** Blockid */
            blockId?: string | null;
            /** Filename */
            fileName: string;
            /** Filesize */
            fileSize?: number | null;
            /**
             * Filetype
             * @default
             */
            fileType: string;
            /** Sessionid */
            sessionId?: string | null;
            /**
             * Typebotid
             * @description A bot the signed-in caller may edit: the file is a picture of its theme
             */
            typebotId?: string | null;
        };
        /**
         * GoogleSheetsAuthorization
         * @description Where to send the browser to connect Google Sheets.
         */
        GoogleSheetsAuthorization: {
            /**
             * Authorizeurl
             * @description Google's consent screen, with a one-time state
             */
            authorizeUrl: string;
        };
        /**
         * HealthResponse
         * @description The process answers (Typebot's ``/api/healthz`` shape).
         */
        HealthResponse: {
            /**
             * Status
             * @default ok
             */
            status: string;
        };
        /**
         * HttpRequestBlockList
         * @description Every HTTP request block of a bot's draft.
         */
        HttpRequestBlockList: {
            /** Webhookblocks */
            webhookBlocks: components["schemas"]["HttpRequestBlockSummary"][];
        };
        /**
         * HttpRequestBlockSummary
         * @description An HTTP request block of a bot (``listHttpRequestBlocks``).
         */
        HttpRequestBlockSummary: {
            /** Id */
            id: string;
            /** Label */
            label: string;
            /**
             * Type
             * @enum {string}
             */
            type: "Webhook" | "Zapier" | "Make.com" | "Pabbly";
            /** Url */
            url?: string | null;
        };
        /**
         * InDepthDataResponse
         * @description ``GET /analytics/inDepthData``: Typebot's fields, and ``dropOffs`` per input block in
         *     the order of the bot (groups, then blocks in a group).
         */
        InDepthDataResponse: {
            /** Dropoffs */
            dropOffs: components["schemas"]["BlockDropOff"][];
            /** Offdefaultpathvisitededges */
            offDefaultPathVisitedEdges: components["schemas"]["VisitedEdgeTotal"][];
            /** Totalanswers */
            totalAnswers: components["schemas"]["BlockAnswers"][];
        };
        /**
         * Interval
         * @description How long each point of a series is, in the caller's time zone.
         * @enum {string}
         */
        Interval: "hour" | "day" | "month";
        /**
         * InvitationCreate
         * @description Invite an email into the workspace (Typebot's ``type`` is the role).
         */
        InvitationCreate: {
            /** Email */
            email: string;
            /**
             * Type
             * @default MEMBER
             * @enum {string}
             */
            type: "ADMIN" | "MEMBER";
        };
        /**
         * InvitationCreated
         * @description A pending invitation, or the member the email's existing user became.
         */
        InvitationCreated: {
            invitation?: components["schemas"]["InvitationRead"] | null;
            member?: components["schemas"]["MemberRead"] | null;
        };
        /**
         * InvitationListResponse
         * @description The workspace's pending invitations.
         */
        InvitationListResponse: {
            /** Invitations */
            invitations: components["schemas"]["InvitationRead"][];
        };
        /**
         * InvitationRead
         * @description A pending invitation.
         */
        InvitationRead: {
            /** Createdat */
            createdAt: string;
            /** Email */
            email: string;
            /** Id */
            id: string;
            /**
             * Type
             * @enum {string}
             */
            type: "ADMIN" | "MEMBER" | "GUEST";
            /** Updatedat */
            updatedAt: string;
        };
        /**
         * LinkedTypebot
         * @description What a builder needs of a linked bot to offer its groups and variables.
         */
        LinkedTypebot: {
            /** Groups */
            groups: {
                [key: string]: unknown;
            }[];
            /** Id */
            id: string;
            /** Name */
            name: string;
            /** Variables */
            variables: {
                [key: string]: unknown;
            }[];
            /** Version */
            version?: string | null;
        };
        /**
         * LinkedTypebotsResponse
         * @description The bots a bot's typebot-link blocks go to.
         */
        LinkedTypebotsResponse: {
            /** Typebots */
            typebots: components["schemas"]["LinkedTypebot"][];
        };
        /**
         * LogRead
         * @description Something the run logged for the bot's owner.
         */
        LogRead: {
            /** Context */
            context: string | null;
            /** Createdat */
            createdAt: string;
            /** Description */
            description: string;
            /** Details */
            details: string | null;
            /** Id */
            id: string;
            /** Resultid */
            resultId: string;
            /** Status */
            status: string;
        };
        /**
         * LogsResponse
         * @description A result's logs, oldest first.
         */
        LogsResponse: {
            /** Logs */
            logs: components["schemas"]["LogRead"][];
        };
        /**
         * MagicLinkRequest
         * @description Ask for a sign-in link by email; ``next`` is where to land after (a path here).
         */
        MagicLinkRequest: {
            /** Email */
            email: string;
            /** Next */
            next?: string | null;
        };
        /**
         * MagicLinkSent
         * @description The same answer whether or not the email may sign in.
         */
        MagicLinkSent: {
            /**
             * Message
             * @default If this email may sign in, a sign-in link is on its way. It works once, for 15 minutes.
             */
            message: string;
        };
        /**
         * MarkdownContent
         * @description A text bubble as Markdown (``textBubbleContentFormat: "markdown"``).
         */
        MarkdownContent: {
            /** Markdown */
            markdown: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "markdown";
        };
        /**
         * MediaBubble
         * @description An image, video, audio or embed bubble; its id is the block's.
         */
        MediaBubble: {
            /**
             * Content
             * @description The bubble's content as stored in the bot, variables substituted.
             */
            content: {
                url: string;
            } & {
                [key: string]: unknown;
            };
            /** Id */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "audio" | "embed" | "image" | "video";
        };
        /**
         * MemberListResponse
         * @description The workspace's members.
         */
        MemberListResponse: {
            /** Members */
            members: components["schemas"]["MemberRead"][];
        };
        /**
         * MemberRead
         * @description A member of a workspace and their role.
         */
        MemberRead: {
            /**
             * Role
             * @enum {string}
             */
            role: "ADMIN" | "MEMBER" | "GUEST";
            user: components["schemas"]["UserSummary"];
            /** Userid */
            userId: string;
            /** Workspaceid */
            workspaceId: string;
        };
        /**
         * MemberResponse
         * @description One member.
         */
        MemberResponse: {
            member: components["schemas"]["MemberRead"];
        };
        /**
         * MemberUpdate
         * @description A new role for a member.
         */
        MemberUpdate: {
            /**
             * Role
             * @enum {string}
             */
            role: "ADMIN" | "MEMBER";
        };
        /**
         * MessageMetadata
         * @description Which button a reply came from.
         */
        MessageMetadata: {
            /** Replyid */
            replyId?: string | null;
        };
        /**
         * NewApiToken
         * @description A token just made: ``token`` is shown this once.
         */
        NewApiToken: {
            /** Createdat */
            createdAt: string;
            /** Id */
            id: string;
            /** Name */
            name: string;
            /** Token */
            token: string;
        };
        /**
         * PluginActionRead
         * @description One action of a plugin: the ``options.action`` label and its options' JSON Schema.
         */
        PluginActionRead: {
            /** Name */
            name: string;
            /**
             * Optionsschema
             * @description JSON Schema of the block's options
             */
            optionsSchema: {
                [key: string]: unknown;
            };
        };
        /**
         * PluginRead
         * @description A plugin block (Typebot's forge blocks): its block type is its ``id``.
         */
        PluginRead: {
            /** Actions */
            actions: components["schemas"]["PluginActionRead"][];
            /**
             * Credentialstype
             * @description The credentials type it needs, or null when it needs none
             */
            credentialsType: string | null;
            /** Icon */
            icon: string;
            /** Id */
            id: string;
            /** Name */
            name: string;
        };
        /**
         * PreviewStartChatBody
         * @description startChat on a draft, from the builder.
         */
        PreviewStartChatBody: {
            /**
             * Isonlyregistering
             * @default false
             */
            isOnlyRegistering: boolean;
            /** Isprogressbarenabled */
            isProgressBarEnabled?: boolean | null;
            /**
             * Isstreamenabled
             * @default false
             */
            isStreamEnabled: boolean;
            /** Message */
            message?: string | (components["schemas"]["TextMessage"] | components["schemas"]["AudioMessage"] | components["schemas"]["CommandMessage"]) | null;
            /** Prefilledvariables */
            prefilledVariables?: {
                [key: string]: unknown;
            };
            /** Resultid */
            resultId?: string | null;
            /** Sessionid */
            sessionId?: string | null;
            /** Startfrom */
            startFrom?: (components["schemas"]["StartFromGroup"] | components["schemas"]["StartFromEvent"]) | null;
            /**
             * Textbubblecontentformat
             * @default richText
             * @enum {string}
             */
            textBubbleContentFormat: "richText" | "markdown";
        };
        /**
         * ProviderList
         * @description The configured identity providers.
         */
        ProviderList: {
            /** Providers */
            providers: components["schemas"]["ProviderRead"][];
        };
        /**
         * ProviderRead
         * @description An identity provider of the sign-in screen.
         */
        ProviderRead: {
            /** Id */
            id: string;
            /** Name */
            name: string;
            /** Signinurl */
            signInUrl: string;
        };
        /**
         * PublishedTypebotResponse
         * @description The live version, or ``null`` when the bot is not published.
         */
        PublishedTypebotResponse: {
            /** Publishedtypebot */
            publishedTypebot: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * ReadinessResponse
         * @description Whether the process can serve: ``status`` is ``ok`` or ``unavailable``.
         */
        ReadinessResponse: {
            /** Database */
            database: string;
            /** Status */
            status: string;
        };
        /**
         * ResultAnswer
         * @description One answer to an input block.
         */
        ResultAnswer: {
            /**
             * Attachedfileurls
             * @default []
             */
            attachedFileUrls: string[];
            /** Blockid */
            blockId: string;
            /** Content */
            content: string;
        };
        /**
         * ResultExampleResponse
         * @description A made-up body of the block's automatic request.
         */
        ResultExampleResponse: {
            /** Resultexample */
            resultExample: {
                [key: string]: string;
            };
        };
        /**
         * ResultPage
         * @description A page of results, newest first; pass ``nextCursor`` back for the next page.
         */
        ResultPage: {
            /** Nextcursor */
            nextCursor?: string | null;
            /** Results */
            results: components["schemas"]["ResultRead"][];
        };
        /**
         * ResultRead
         * @description A result with its answers (oldest first) and variables.
         */
        ResultRead: {
            /** Answers */
            answers: components["schemas"]["ResultAnswer"][];
            /** Createdat */
            createdAt: string;
            /** Hasstarted */
            hasStarted: boolean | null;
            /** Id */
            id: string;
            /** Isarchived */
            isArchived: boolean | null;
            /** Iscompleted */
            isCompleted: boolean;
            /** Lastchatsessionid */
            lastChatSessionId: string | null;
            /** Typebotid */
            typebotId: string;
            /** Variables */
            variables: components["schemas"]["ResultVariable"][];
        };
        /**
         * ResultResponse
         * @description One result.
         */
        ResultResponse: {
            result: components["schemas"]["ResultRead"];
        };
        /**
         * ResultsDelete
         * @description Which results to delete: comma-separated ids, or all of the bot's when absent.
         */
        ResultsDelete: {
            /** Resultids */
            resultIds?: string | null;
        };
        /**
         * ResultVariable
         * @description A variable's value as the result kept it.
         */
        ResultVariable: {
            /** Id */
            id: string;
            /** Name */
            name: string;
            /** Value */
            value?: string | (string | null)[] | null;
        };
        /**
         * RevokedApiToken
         * @description A revoked token.
         */
        RevokedApiToken: {
            /** Createdat */
            createdAt: string;
            /** Id */
            id: string;
            /** Name */
            name: string;
            /** Ownerid */
            ownerId: string;
        };
        /**
         * RichTextContent
         * @description A text bubble as rich text (the default format).
         */
        RichTextContent: {
            /** Richtext */
            richText: unknown[];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "richText";
        };
        /**
         * StartChatBody
         * @description startChat on a published bot.
         */
        StartChatBody: {
            /**
             * Isonlyregistering
             * @default false
             */
            isOnlyRegistering: boolean;
            /**
             * Isstreamenabled
             * @default false
             */
            isStreamEnabled: boolean;
            /** Message */
            message?: string | (components["schemas"]["TextMessage"] | components["schemas"]["AudioMessage"] | components["schemas"]["CommandMessage"]) | null;
            /** Prefilledvariables */
            prefilledVariables?: {
                [key: string]: unknown;
            };
            /** Resultid */
            resultId?: string | null;
            /**
             * Textbubblecontentformat
             * @default richText
             * @enum {string}
             */
            textBubbleContentFormat: "richText" | "markdown";
        };
        /**
         * StartChatResponse
         * @description A new chat: its session, the bot's look, and the first turn.
         *
         *     Bases are listed turn first so that pydantic, which lays out fields from the last base to
         *     the first, writes the session and the bot before the turn, as the dict does.
         */
        StartChatResponse: {
            /** Clientsideactions */
            clientSideActions?: ({
                expectsDedicatedReply?: boolean;
                lastBubbleBlockId?: string;
                type: string;
            } & {
                [key: string]: unknown;
            })[] | null;
            dynamicTheme?: components["schemas"]["DynamicTheme"] | null;
            /** Input */
            input?: ({
                id: string;
                options?: Record<string, never>;
                outgoingEdgeId?: string;
                type: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /**
             * Lastmessagenewformat
             * @description The visitor's reply as the input reformatted it.
             */
            lastMessageNewFormat?: string | null;
            /**
             * Logs
             * @description Preview chats only.
             */
            logs?: components["schemas"]["ChatLog"][] | null;
            /** Messages */
            messages: (components["schemas"]["TextBubble"] | components["schemas"]["MediaBubble"])[];
            /** Progress */
            progress?: number | null;
            /** Resultid */
            resultId?: string | null;
            /**
             * Sessionid
             * @description To send to continueChat.
             */
            sessionId: string;
            typebot: components["schemas"]["ChatBot"];
        };
        /**
         * StartFromEvent
         * @description Start a preview from an event.
         */
        StartFromEvent: {
            /** Eventid */
            eventId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "event";
        };
        /**
         * StartFromGroup
         * @description Start a preview from a group.
         */
        StartFromGroup: {
            /** Groupid */
            groupId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "group";
        };
        /**
         * Stats
         * @description Results of the period: created (views), with an answer (starts), finished.
         */
        Stats: {
            /** Totalcompleted */
            totalCompleted: number;
            /** Totalstarts */
            totalStarts: number;
            /** Totalviews */
            totalViews: number;
        };
        /**
         * StatsPoint
         * @description The stats of the results created in one period of a series.
         */
        StatsPoint: {
            /**
             * Start
             * @description When the period starts (UTC)
             */
            start: string;
            /** Totalcompleted */
            totalCompleted: number;
            /** Totalstarts */
            totalStarts: number;
            /** Totalviews */
            totalViews: number;
        };
        /**
         * StatsResponse
         * @description ``GET /analytics/stats``.
         */
        StatsResponse: {
            stats: components["schemas"]["Stats"];
        };
        /**
         * StreamMessageBody
         * @description The widget sends ``{}``; old widgets send the prompt, which the server already knows.
         */
        StreamMessageBody: {
            /** Messages */
            messages?: {
                [key: string]: unknown;
            }[] | null;
        };
        /**
         * SuccessResponse
         * @description The answer of an action that returns nothing else.
         */
        SuccessResponse: {
            /**
             * Message
             * @default success
             */
            message: string;
        };
        /**
         * TemplateDocumentResponse
         * @description A template and its bot document (Typebot 6.1), as a new bot is imported from it.
         */
        TemplateDocumentResponse: {
            template: components["schemas"]["TemplateRead"];
            /** Typebot */
            typebot: {
                [key: string]: unknown;
            };
        };
        /**
         * TemplateListResponse
         * @description Every template, in gallery order.
         */
        TemplateListResponse: {
            /** Templates */
            templates: components["schemas"]["TemplateRead"][];
        };
        /**
         * TemplateRead
         * @description A starter bot as the gallery shows it.
         */
        TemplateRead: {
            /** Category */
            category: string;
            /**
             * Credentialstypes
             * @description The credentials types its blocks need (an OpenAI account, say) to do all they can; without them those blocks take their fallback
             */
            credentialsTypes: string[];
            /** Description */
            description: string;
            /**
             * Icon
             * @description An emoji
             */
            icon: string;
            /** Name */
            name: string;
            /** Needscredentials */
            needsCredentials: boolean;
            /**
             * Shows
             * @description What the template shows of the builder, in a phrase
             */
            shows: string;
            /** Slug */
            slug: string;
            /** Tags */
            tags: string[];
        };
        /**
         * TestWebhookResponse
         * @description Typebot's answer, with how many of the caller's preview chats the call resumed.
         */
        TestWebhookResponse: {
            /**
             * Message
             * @default success
             */
            message: string;
            /** Resumed */
            resumed: number;
        };
        /**
         * TextBubble
         * @description A text bubble; its id is the block's.
         */
        TextBubble: {
            /** Content */
            content: components["schemas"]["RichTextContent"] | components["schemas"]["MarkdownContent"];
            /** Id */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
        };
        /**
         * TextMessage
         * @description A typed reply or a clicked button.
         */
        TextMessage: {
            /** Attachedfileurls */
            attachedFileUrls?: string[] | null;
            metadata?: components["schemas"]["MessageMetadata"] | null;
            /** Text */
            text: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
        };
        /**
         * Theme
         * @description The whole theme.
         */
        Theme: {
            chat?: components["schemas"]["ChatTheme"];
            /** Customcss */
            customCss?: string | null;
            general?: components["schemas"]["GeneralTheme"];
        } & {
            [key: string]: unknown;
        };
        /**
         * ThemeTemplateChanges
         * @description A workspace theme's name and theme, as saved.
         */
        ThemeTemplateChanges: {
            /** Name */
            name: string;
            theme: components["schemas"]["Theme"];
        };
        /**
         * ThemeTemplateListResponse
         * @description The workspace's themes, newest first.
         */
        ThemeTemplateListResponse: {
            /** Themetemplates */
            themeTemplates: components["schemas"]["ThemeTemplateRead"][];
        };
        /**
         * ThemeTemplateRead
         * @description A workspace theme.
         */
        ThemeTemplateRead: {
            /** Createdat */
            createdAt: string;
            /** Id */
            id: string;
            /** Name */
            name: string;
            /**
             * Theme
             * @description The theme as saved (Typebot's theme format)
             */
            theme: {
                [key: string]: unknown;
            };
            /** Updatedat */
            updatedAt: string;
            /** Workspaceid */
            workspaceId: string;
        };
        /**
         * ThemeTemplateResponse
         * @description One workspace theme.
         */
        ThemeTemplateResponse: {
            themeTemplate: components["schemas"]["ThemeTemplateRead"];
        };
        /**
         * ThemeTemplateSave
         * @description Create or replace a workspace theme.
         */
        ThemeTemplateSave: {
            themeTemplate: components["schemas"]["ThemeTemplateChanges"];
            /** Workspaceid */
            workspaceId: string;
        };
        /**
         * TimeFilter
         * @description The periods Typebot's builder offers (``last7Days`` when none is given).
         * @enum {string}
         */
        TimeFilter: "today" | "last7Days" | "last30Days" | "monthToDate" | "lastMonth" | "yearToDate" | "allTime";
        /**
         * TimeSeries
         * @description Botloom addition, ``GET /analytics/timeSeries``: the stats of the period asked for,
         *     one point per hour (``today``), per day, or per month (spans longer than 400 days), in
         *     the caller's time zone and in time order. Every period of the span has a point, zero or
         *     not; ``allTime`` starts at the bot's first result (no points if it has none).
         */
        TimeSeries: {
            interval: components["schemas"]["Interval"];
            /** Points */
            points: components["schemas"]["StatsPoint"][];
        };
        /**
         * TranscriptLineRead
         * @description A line of a transcript: a bot bubble or a user reply.
         */
        TranscriptLineRead: {
            /** Audio */
            audio?: string | null;
            /** Image */
            image?: string | null;
            /**
             * Role
             * @enum {string}
             */
            role: "bot" | "user";
            /** Text */
            text?: string | null;
            /**
             * Type
             * @enum {string}
             */
            type: "text" | "image" | "video" | "audio";
            /** Video */
            video?: string | null;
        };
        /**
         * TranscriptResponse
         * @description A result's conversation, in order.
         */
        TranscriptResponse: {
            /** Transcript */
            transcript: components["schemas"]["TranscriptLineRead"][];
        };
        /**
         * TypebotCreate
         * @description Create a bot in a workspace, optionally from a partial document.
         */
        TypebotCreate: {
            /**
             * Typebot
             * @description A Typebot document (any version for imports; partial for create and update)
             */
            typebot?: {
                [key: string]: unknown;
            };
            /** Workspaceid */
            workspaceId: string;
        };
        /**
         * TypebotImport
         * @description Import a Typebot export into a workspace.
         */
        TypebotImport: {
            /** Folderid */
            folderId?: string | null;
            /**
             * Typebot
             * @description A Typebot document (any version for imports; partial for create and update)
             */
            typebot: {
                [key: string]: unknown;
            };
            /**
             * Typebotid
             * @description Replace the draft of this bot of the workspace (one you can edit) instead of creating a bot; its id, public id and published versions stay
             */
            typebotId?: string | null;
            /** Workspaceid */
            workspaceId: string;
        };
        /**
         * TypebotImportResponse
         * @description The imported bot, and what had to be repaired in the file.
         */
        TypebotImportResponse: {
            /** Typebot */
            typebot: {
                [key: string]: unknown;
            };
            /**
             * Warnings
             * @default []
             */
            warnings: components["schemas"]["DocumentWarning"][];
        };
        /**
         * TypebotListResponse
         * @description Bots of a folder.
         */
        TypebotListResponse: {
            /** Typebots */
            typebots: components["schemas"]["TypebotSummary"][];
        };
        /**
         * TypebotResponse
         * @description One bot, as a whole document.
         */
        TypebotResponse: {
            /** Typebot */
            typebot: {
                [key: string]: unknown;
            };
        };
        /**
         * TypebotSummary
         * @description A bot in a list.
         */
        TypebotSummary: {
            /**
             * Accessright
             * @enum {string}
             */
            accessRight: "read" | "write" | "guest";
            /** Createdat */
            createdAt: string;
            /** Icon */
            icon: string | null;
            /** Id */
            id: string;
            /** Name */
            name: string;
            /** Publishedtypebotid */
            publishedTypebotId?: string | null;
            /** Spaceid */
            spaceId?: string | null;
        };
        /**
         * TypebotUpdate
         * @description Changes to a draft; ``typebot.updatedAt`` is the version the caller loaded.
         */
        TypebotUpdate: {
            /**
             * Overwrite
             * @default false
             */
            overwrite: boolean;
            /**
             * Typebot
             * @description A Typebot document (any version for imports; partial for create and update)
             */
            typebot: {
                [key: string]: unknown;
            };
        };
        /**
         * TypebotWithModeResponse
         * @description One bot and what the caller may do with it.
         */
        TypebotWithModeResponse: {
            /**
             * Currentusermode
             * @enum {string}
             */
            currentUserMode: "read" | "write" | "guest";
            /** Typebot */
            typebot: {
                [key: string]: unknown;
            };
        };
        /**
         * UploadUrl
         * @description Where to upload the file (a PUT of its bytes), and its public URL afterwards.
         */
        UploadUrl: {
            /** Fileurl */
            fileUrl: string;
            /** Formdata */
            formData?: {
                [key: string]: string;
            } | null;
            /** Presignedurl */
            presignedUrl: string;
        };
        /**
         * UserRead
         * @description The signed-in user. ``csrfToken`` is the token a cookie-authenticated page sends in
         *     ``X-CSRF-Token`` (None for an API token, which needs none).
         */
        UserRead: {
            /** Createdat */
            createdAt: string;
            /** Csrftoken */
            csrfToken?: string | null;
            /** Email */
            email: string;
            /** Id */
            id: string;
            /** Image */
            image: string | null;
            /** Isadmin */
            isAdmin: boolean;
            /** Name */
            name: string | null;
            /**
             * Role
             * @enum {string}
             */
            role: "ADMIN" | "USER";
        };
        /**
         * UserSummary
         * @description Who someone is, as Typebot shows people.
         */
        UserSummary: {
            /** Email */
            email: string | null;
            /** Image */
            image?: string | null;
            /** Name */
            name: string | null;
        };
        /**
         * UserUpdate
         * @description ``PATCH /users/me``, as Typebot's ``{updates: {...}}``.
         */
        UserUpdate: {
            updates: components["schemas"]["UserUpdates"];
        };
        /**
         * UserUpdates
         * @description What a user may change of themselves; Typebot's other preferences are accepted and
         *     ignored.
         */
        UserUpdates: {
            /** Image */
            image?: string | null;
            /** Name */
            name?: string | null;
        };
        /**
         * VerificationRecord
         * @description A DNS record the domain's owner must add.
         */
        VerificationRecord: {
            /** Domain */
            domain: string;
            /** Reason */
            reason: string;
            /** Type */
            type: string;
            /** Value */
            value: string;
        };
        /**
         * VerifyResponse
         * @description Whether the domain's DNS proves the workspace owns it, and what to add if not.
         */
        VerifyResponse: {
            domainJson: components["schemas"]["DomainJson"];
            /**
             * Status
             * @enum {string}
             */
            status: "Valid Configuration" | "Invalid Configuration" | "Domain Not Found" | "Pending Verification" | "Unknown Error";
        };
        /**
         * VisitedEdgeTotal
         * @description How many times an off-default edge (a button, a condition, an A/B path...) was taken.
         */
        VisitedEdgeTotal: {
            /** Id */
            id: string;
            /** @description The edge's target in the bot, null if unknown */
            to: components["schemas"]["EdgeTarget"] | null;
            /** Total */
            total: number;
        };
        /**
         * WebhookSubscribeBody
         * @description Where the block should send its requests from now on.
         */
        WebhookSubscribeBody: {
            /** Url */
            url: string;
        };
        /**
         * WebhookSubscription
         * @description The block and the URL it now sends to (``null`` once unsubscribed).
         */
        WebhookSubscription: {
            /** Id */
            id: string;
            /** Url */
            url: string | null;
        };
        /**
         * WebhookTestBody
         * @description Values for the test run; they override the block's own ``variablesForTest``.
         */
        WebhookTestBody: {
            /** Variables */
            variables?: components["schemas"]["WebhookTestVariable"][];
        };
        /**
         * WebhookTestResponse
         * @description What the test request got back: its status and its body (JSON-parsed if it parses).
         */
        WebhookTestResponse: {
            /** Data */
            data?: unknown;
            /** Statuscode */
            statusCode: number;
        };
        /**
         * WebhookTestVariable
         * @description A value a variable takes for the test run, by variable ``id`` (or ``name``).
         */
        WebhookTestVariable: {
            /** Id */
            id?: string | null;
            /** Name */
            name?: string | null;
            /** Value */
            value?: string | (string | null)[] | null;
        };
        /**
         * WorkspaceCreate
         * @description A new workspace.
         */
        WorkspaceCreate: {
            /** Icon */
            icon?: string | null;
            /** Name */
            name: string;
        };
        /**
         * WorkspaceDeleted
         * @description The answer of a workspace deletion, as Typebot's.
         */
        WorkspaceDeleted: {
            /**
             * Message
             * @default success
             */
            message: string;
        };
        /**
         * WorkspaceListResponse
         * @description The caller's workspaces.
         */
        WorkspaceListResponse: {
            /** Workspaces */
            workspaces: components["schemas"]["WorkspaceSummary"][];
        };
        /**
         * WorkspaceRead
         * @description A whole workspace.
         */
        WorkspaceRead: {
            /** Createdat */
            createdAt: string;
            /** Icon */
            icon: string | null;
            /** Id */
            id: string;
            /** Issuspended */
            isSuspended: boolean;
            /** Name */
            name: string;
            /**
             * Plan
             * @default UNLIMITED
             * @constant
             */
            plan: "UNLIMITED";
            /** Settings */
            settings: {
                [key: string]: unknown;
            } | null;
            /** Updatedat */
            updatedAt: string;
        };
        /**
         * WorkspaceResponse
         * @description One workspace.
         */
        WorkspaceResponse: {
            workspace: components["schemas"]["WorkspaceRead"];
        };
        /**
         * WorkspaceSettingsUpdate
         * @description Settings a workspace admin may change; a key left out keeps its value.
         */
        WorkspaceSettingsUpdate: {
            /**
             * Resultsretentiondays
             * @description Delete results older than this many days; null keeps them forever
             */
            resultsRetentionDays?: number | null;
        };
        /**
         * WorkspaceSummary
         * @description A workspace in a list. Self-hosted Botloom has no plans: every workspace is unlimited.
         */
        WorkspaceSummary: {
            /** Icon */
            icon: string | null;
            /** Id */
            id: string;
            /** Name */
            name: string;
            /**
             * Plan
             * @default UNLIMITED
             * @constant
             */
            plan: "UNLIMITED";
        };
        /**
         * WorkspaceUpdate
         * @description Changes to a workspace (Typebot's ``name``/``icon``, and Botloom's ``settings``).
         */
        WorkspaceUpdate: {
            /** Icon */
            icon?: string | null;
            /** Name */
            name?: string | null;
            settings?: components["schemas"]["WorkspaceSettingsUpdate"] | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    "health-healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Invalid input (a URL may not hold %00) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "health-readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            /** @description Invalid input (a URL may not hold %00) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
        };
    };
    "auth-send_magic_link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MagicLinkRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MagicLinkSent"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests: a rate limit is reached (`BOTLOOM_RATE_LIMIT_*`) */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request can go through */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "auth-open_magic_link": {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: on to `next`. A link that cannot sign in goes back to the sign-in page with `?error=` `invalid-link`, `used-link`, `expired-link` or `signup-disabled` */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Successful Response */
            307: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "auth-list_providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderList"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "auth-finish_provider_sign_in": {
        parameters: {
            query?: {
                code?: string | null;
                error?: string | null;
                state?: string | null;
            };
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: {
                botloom_sign_in_state?: string | null;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: on to `next` */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Successful Response */
            307: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "auth-start_provider_sign_in": {
        parameters: {
            query?: {
                next?: string | null;
            };
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description On to the provider */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Successful Response */
            307: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "auth-sign_out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "auth-sign_out_everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "blocks-get_block_catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockCatalogue"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "credentials-finish_google_sheets": {
        parameters: {
            query?: {
                code?: string | null;
                error?: string | null;
                state?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Back to the workspace's credentials */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Successful Response */
            307: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "credentials-list_credentials_kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialsKindList"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "customDomains-list_custom_domains": {
        parameters: {
            query: {
                workspaceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomDomainListResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "customDomains-create_custom_domain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomDomainCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomDomainResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The domain is already claimed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "customDomains-delete_custom_domain": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomDomainDelete"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "customDomains-verify_custom_domain": {
        parameters: {
            query: {
                workspaceId: string;
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "folders-list_folders": {
        parameters: {
            query: {
                parentFolderId?: string | null;
                workspaceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderListResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "folders-create_folder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FolderCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A folder with this id already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "folders-get_folder": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                folderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "folders-delete_folder": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                folderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "folders-update_folder": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                folderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FolderUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "chat-save_client_logs_v1": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientLogsBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "chat-continue_chat": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContinueChatBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinueChatResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests: a rate limit is reached (`BOTLOOM_RATE_LIMIT_*`) */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request can go through */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "chat-update_typebot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "chat-webhook_events": {
        parameters: {
            query: {
                listenId: number;
            };
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": unknown;
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The chat has no such webhook wait */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "templates-list_templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateListResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "templates-get_template": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                templateSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDocumentResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "chat-start_template_preview_chat": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                templateSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewStartChatBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartChatResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests: a rate limit is reached (`BOTLOOM_RATE_LIMIT_*`) */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request can go through */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "themeTemplates-list_theme_templates": {
        parameters: {
            query: {
                workspaceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeTemplateListResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "themeTemplates-save_theme_template": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                themeTemplateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThemeTemplateSave"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeTemplateResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The id is another workspace's theme */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "themeTemplates-delete_theme_template": {
        parameters: {
            query: {
                workspaceId: string;
            };
            header?: never;
            path: {
                themeTemplateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeTemplateResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "typebots-list_typebots": {
        parameters: {
            query?: {
                folderId?: string | null;
                /** @description Default: the caller's oldest workspace (their only one, usually) */
                workspaceId?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TypebotListResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "typebots-create_typebot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TypebotCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TypebotResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The public id or custom domain is another bot's */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "chat-start_chat": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                publicId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartChatBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartChatResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests: a rate limit is reached (`BOTLOOM_RATE_LIMIT_*`) */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request can go through */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "typebots-get_typebot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TypebotWithModeResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "typebots-delete_typebot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "typebots-update_typebot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TypebotUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TypebotResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Stale updatedAt, or the public id or custom domain is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "analytics-get_in_depth_data": {
        parameters: {
            query?: {
                /** @description The period, in the caller's time zone */
                timeFilter?: components["schemas"]["TimeFilter"];
                /** @description IANA time zone of the caller, e.g. Europe/Paris */
                timeZone?: string | null;
            };
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InDepthDataResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "analytics-get_stats": {
        parameters: {
            query?: {
                /** @description The period, in the caller's time zone */
                timeFilter?: components["schemas"]["TimeFilter"];
                /** @description IANA time zone of the caller, e.g. Europe/Paris */
                timeZone?: string | null;
            };
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "analytics-get_stats_time_series": {
        parameters: {
            query?: {
                /** @description The period, in the caller's time zone */
                timeFilter?: components["schemas"]["TimeFilter"];
                /** @description IANA time zone of the caller, e.g. Europe/Paris */
                timeZone?: string | null;
            };
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeSeries"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "chat-execute_webhook": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blockId: string;
                resultId: string;
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The result's chat is not waiting for this webhook block */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "chat-execute_test_webhook": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blockId: string;
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestWebhookResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "collaborators-list_collaborators": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollaboratorListResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "collaborators-add_collaborator": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CollaboratorCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollaboratorResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Already a collaborator, or a member of the bot's workspace */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "collaborators-delete_collaborator": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                typebotId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "collaborators-update_collaborator": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                typebotId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CollaboratorUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollaboratorResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "typebots-get_linked_typebots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkedTypebotsResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "chat-start_preview_chat": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewStartChatBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartChatResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "typebots-publish_typebot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The new public id is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "typebots-get_published_typebot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedTypebotResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "results-list_results": {
        parameters: {
            query?: {
                /** @description Only completed (true) or unfinished (false) results */
                completed?: boolean | null;
                /** @description `nextCursor` of the previous page */
                cursor?: string | null;
                /** @description Created at or after (ISO 8601; UTC if naive) */
                from?: string | null;
                limit?: number;
                /** @description Text found in an answer (any case) */
                q?: string | null;
                /** @description last7Days by default, as in Typebot; allTime when `from` or `to` is given */
                timeFilter?: components["schemas"]["TimeFilter"] | null;
                /** @description IANA time zone of the time filter's days */
                timeZone?: string | null;
                /** @description Created before (ISO 8601) */
                to?: string | null;
            };
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultPage"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "results-delete_results": {
        parameters: {
            query?: {
                /** @description Comma-separated ids (or in the body) */
                resultIds?: string | null;
            };
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ResultsDelete"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "results-get_result": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resultId: string;
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "results-get_result_logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resultId: string;
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogsResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "results-get_result_transcript": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resultId: string;
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranscriptResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "results-export_results": {
        parameters: {
            query?: {
                /** @description Only completed (true) or unfinished (false) results */
                completed?: boolean | null;
                format?: "csv" | "jsonl";
                /** @description Created at or after (ISO 8601; UTC if naive) */
                from?: string | null;
                /** @description Text found in an answer (any case) */
                q?: string | null;
                timeFilter?: components["schemas"]["TimeFilter"];
                /** @description IANA time zone of the time filter's days */
                timeZone?: string | null;
                /** @description Created before (ISO 8601) */
                to?: string | null;
            };
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description How many results the export holds (for a progress bar) */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "typebots-unpublish_typebot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "httpRequest-list_http_request_blocks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HttpRequestBlockList"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "httpRequest-get_result_example": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blockId: string;
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultExampleResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "httpRequest-subscribe_webhook": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blockId: string;
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSubscribeBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "httpRequest-run_webhook_test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blockId: string;
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WebhookTestBody"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookTestResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "httpRequest-unsubscribe_webhook": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blockId: string;
                typebotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "typebots-import_typebot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TypebotImport"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TypebotImportResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The id is a bot of another workspace */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "users-get_me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "users-update_me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "users-list_my_api_tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenList"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "users-create_my_api_token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiTokenCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenCreated"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "users-revoke_my_api_token": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenRevoked"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "workspaces-list_workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceListResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "workspaces-create_workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "workspaces-get_workspace": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "workspaces-delete_workspace": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceDeleted"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "workspaces-update_workspace": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "workspaces-get_audit_log": {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page */
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogPage"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "credentials-list_credentials": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialsListResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server has no encryption secret (BOTLOOM_ENCRYPTION_SECRET) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "credentials-create_credentials": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialsCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialsResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server has no encryption secret (BOTLOOM_ENCRYPTION_SECRET) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "credentials-delete_credentials": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credentialsId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server has no encryption secret (BOTLOOM_ENCRYPTION_SECRET) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "credentials-update_credentials": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credentialsId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialsUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialsResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server has no encryption secret (BOTLOOM_ENCRYPTION_SECRET) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "credentials-authorize_google_sheets": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoogleSheetsAuthorization"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server has no encryption secret (BOTLOOM_ENCRYPTION_SECRET) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "workspaces-list_invitations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationListResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "workspaces-create_invitation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationCreated"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The email is already a member */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "workspaces-delete_invitation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "workspaces-list_members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberListResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "workspaces-delete_member": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The workspace's last admin cannot leave or be demoted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "workspaces-update_member": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The workspace's last admin cannot leave or be demoted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "chat-save_client_logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientLogsBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "chat-stream_message": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StreamMessageBody"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": unknown;
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "chat-generate_upload_url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateUploadUrlBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadUrl"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body did not arrive in time */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    "chat-put_file": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The upload token is invalid or has expired */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A file was already uploaded there */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "chat-post_file": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description Invalid input; `data.problems` names each field or JSON path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The upload token is invalid or has expired */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found, or not in one of the caller's workspaces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A file was already uploaded there */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "chat-get_file": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                fileName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (a URL may not hold %00) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such file */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
