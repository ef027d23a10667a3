"""Request and response shapes of the folders routes."""

from pydantic import Field

from botloom.domain.schemas import ApiModel, Timestamp


class FolderCreate(ApiModel):
    """A new folder."""

    workspace_id: str
    folder_name: str | None = Field(default=None, max_length=200)
    parent_folder_id: str | None = None
    id: str | None = Field(default=None, pattern=r"^[0-9a-z]+$", max_length=64)


class FolderChanges(ApiModel):
    """What to change in a folder; a ``parentFolderId`` key (even ``null``) moves it."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    parent_folder_id: str | None = None


class FolderUpdate(ApiModel):
    """Changes to a folder."""

    workspace_id: str
    folder: FolderChanges


class FolderRead(ApiModel):
    """A whole folder."""

    id: str
    name: str
    parent_folder_id: str | None
    workspace_id: str
    created_at: Timestamp
    updated_at: Timestamp


class FolderSummary(ApiModel):
    """A folder in a list."""

    id: str
    name: str
    created_at: Timestamp


class FolderResponse(ApiModel):
    """One folder."""

    folder: FolderRead


class FolderListResponse(ApiModel):
    """Folders of a parent."""

    folders: list[FolderSummary]
