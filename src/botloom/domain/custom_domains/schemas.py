"""Custom domains on the wire, in the shape of Typebot's ``/v1/custom-domains`` routes."""

from typing import Literal

from botloom.domain.schemas import ApiModel, Timestamp

VerificationStatus = Literal[
    "Valid Configuration",
    "Invalid Configuration",
    "Domain Not Found",
    "Pending Verification",
    "Unknown Error",
]


class CustomDomainCreate(ApiModel):
    """A domain to add to a workspace."""

    workspace_id: str
    name: str


class CustomDomainDelete(ApiModel):
    """Which workspace the domain is removed from."""

    workspace_id: str


class CustomDomainRead(ApiModel):
    """A workspace's domain; bots answer on it once ``verified``."""

    name: str
    created_at: Timestamp
    verified: bool


class CustomDomainResponse(ApiModel):
    """One domain."""

    custom_domain: CustomDomainRead


class CustomDomainListResponse(ApiModel):
    """A workspace's domains."""

    custom_domains: list[CustomDomainRead]


class VerificationRecord(ApiModel):
    """A DNS record the domain's owner must add."""

    type: str
    domain: str
    value: str
    reason: str


class DomainJson(ApiModel):
    """The domain's configuration, in the fields Typebot's verify route answers with."""

    name: str
    apex_name: str
    verified: bool
    verification: list[VerificationRecord]


class VerifyResponse(ApiModel):
    """Whether the domain's DNS proves the workspace owns it, and what to add if not."""

    status: VerificationStatus
    domain_json: DomainJson


class DeletedResponse(ApiModel):
    """Typebot's answer to a delete."""

    message: Literal["success"] = "success"
