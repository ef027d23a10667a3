"""Request and response shapes of the workspaces routes."""

from typing import Any, Literal

from pydantic import Field

from botloom.domain.schemas import ApiModel, Timestamp

Plan = Literal["UNLIMITED"]


class WorkspaceCreate(ApiModel):
    """A new workspace."""

    name: str = Field(min_length=1, max_length=200)
    icon: str | None = Field(default=None, max_length=2000)


class WorkspaceSettingsUpdate(ApiModel):
    """Settings a workspace admin may change; a key left out keeps its value."""

    results_retention_days: int | None = Field(
        default=None,
        ge=1,
        le=3650,
        description="Delete results older than this many days; null keeps them forever",
    )


class WorkspaceUpdate(ApiModel):
    """Changes to a workspace (Typebot's ``name``/``icon``, and Botloom's ``settings``)."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    icon: str | None = Field(default=None, max_length=2000)
    settings: WorkspaceSettingsUpdate | None = None


class WorkspaceSummary(ApiModel):
    """A workspace in a list. Self-hosted Botloom has no plans: every workspace is unlimited."""

    id: str
    name: str
    icon: str | None
    plan: Plan = "UNLIMITED"


class WorkspaceRead(WorkspaceSummary):
    """A whole workspace."""

    created_at: Timestamp
    updated_at: Timestamp
    settings: dict[str, Any] | None
    is_suspended: bool


class WorkspaceListResponse(ApiModel):
    """The caller's workspaces."""

    workspaces: list[WorkspaceSummary]


class WorkspaceResponse(ApiModel):
    """One workspace."""

    workspace: WorkspaceRead
