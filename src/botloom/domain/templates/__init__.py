"""The starter-bot gallery: what the builder shows of each template."""
