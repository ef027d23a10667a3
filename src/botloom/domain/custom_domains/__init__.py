"""Custom domains: host names a workspace serves its bots' pages on."""
