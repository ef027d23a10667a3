"""The ``integrations`` port of chat turns: plugins and emails with the workspace's credentials."""
