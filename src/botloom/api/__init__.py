"""The FastAPI application: chat API, management API and pages."""
