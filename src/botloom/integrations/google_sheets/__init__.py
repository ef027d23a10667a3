"""Google Sheets: the plugin behind Typebot's built-in "Google Sheets" block (get rows with a
filter, insert a row, update rows), on Google's Sheets API v4 at a configurable base URL."""

from botloom.engine.blocks.integrations.google_sheets.schema import (
    GoogleSheetsAction,
    GoogleSheetsOptions,
)
from botloom.integrations.google_sheets.actions import get_rows, insert_row, update_rows
from botloom.integrations.google_sheets.auth import GoogleCredentials
from botloom.integrations.llm.redaction import keeping_secrets
from botloom.integrations.plugins.base import Action, Integration

GOOGLE_SHEETS_ID = "google-sheets"
CREDENTIALS_TYPE = "google sheets"
"""The ``type`` of Typebot's Google Sheets credentials rows."""

INTEGRATION = Integration(
    id=GOOGLE_SHEETS_ID,
    name="Google Sheets",
    icon="google-sheets",
    credentials_model=GoogleCredentials,
    credentials_type=CREDENTIALS_TYPE,
    actions=tuple(
        # No token of the credentials, nor the server's OAuth client secret, reaches the logs.
        keeping_secrets(
            action,
            integration_name="Google Sheets",
            server_secrets=lambda settings: (settings.google_client_secret,),
        )
        for action in (
            Action(
                name=GoogleSheetsAction.GET,
                options_model=GoogleSheetsOptions,
                run=get_rows,
                set_variable_ids=lambda o: [
                    c.variable_id for c in o.cells_to_extract if c.variable_id
                ],
            ),
            Action(
                name=GoogleSheetsAction.INSERT_ROW,
                options_model=GoogleSheetsOptions,
                run=insert_row,
            ),
            Action(
                name=GoogleSheetsAction.UPDATE_ROW,
                options_model=GoogleSheetsOptions,
                run=update_rows,
            ),
        )
    ),
)
