"""Storage: SQLAlchemy models, the engine and Alembic migrations, for SQLite and PostgreSQL."""
