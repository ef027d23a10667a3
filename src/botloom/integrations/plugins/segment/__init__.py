"""Segment (forge id `segment`): identify, track, page and alias calls made in the visitor's
page through analytics.js, loaded with the credentials' write key when the page has none."""

from collections.abc import Callable
from typing import Any

from botloom.integrations.client_scripts import (
    ApiKeyCredentials,
    KeyValue,
    PageCall,
    as_dict,
    script_action,
)
from botloom.integrations.plugins.base import Action, Integration, IntegrationError
from botloom.schema.model import DocModel

# Queues calls until analytics.js is loaded (it replays the queue), as Segment's snippet does.
LOADER = """\
const analytics = (window.analytics = window.analytics || []);
if (!analytics.initialize && !analytics.invoked) {
  analytics.invoked = true;
  for (const method of ["identify", "track", "page", "alias"]) {
    analytics[method] = (...rest) => { analytics.push([method, ...rest]); return analytics; };
  }
  const script = document.createElement("script");
  script.async = true;
  script.src = "https://cdn.segment.com/analytics.js/v1/" + writeKey + "/analytics.min.js";
  document.head.appendChild(script);
  analytics._writeKey = writeKey;
}
"""


class SegmentCredentials(ApiKeyCredentials):
    """The source's write key (public: analytics.js sends it from every page)."""


class IdentifyOptions(DocModel):
    """Options of "Identify User"."""

    user_id: str | None = None
    email: str | None = None
    traits: list[KeyValue] = []


class TrackOptions(DocModel):
    """Options of "Track"."""

    event_name: str | None = None
    user_id: str | None = None
    properties: list[KeyValue] = []


class PageOptions(DocModel):
    """Options of "Page"."""

    name: str | None = None
    category: str | None = None
    user_id: str | None = None
    properties: list[KeyValue] = []


class AliasOptions(DocModel):
    """Options of "Alias"."""

    user_id: str | None = None
    previous_id: str | None = None


def _identify_first(user_id: str | None) -> str:
    return "analytics.identify(userId);\n" if user_id else ""


def _identify(options: IdentifyOptions) -> PageCall:
    if not options.user_id:
        raise IntegrationError("Segment: User ID is required")
    traits = as_dict(options.traits) | ({"email": options.email} if options.email else {})
    return "analytics.identify(userId, traits);", {"userId": options.user_id, "traits": traits}


def _track(options: TrackOptions) -> PageCall:
    if not options.event_name:
        raise IntegrationError("Segment: event name is required")
    call = _identify_first(options.user_id) + "analytics.track(eventName, properties);"
    return call, {
        "eventName": options.event_name,
        "userId": options.user_id,
        "properties": as_dict(options.properties),
    }


def _page(options: PageOptions) -> PageCall:
    call = _identify_first(options.user_id) + "analytics.page(category, name, properties);"
    return call, {
        "category": options.category,
        "name": options.name,
        "userId": options.user_id,
        "properties": as_dict(options.properties),
    }


def _alias(options: AliasOptions) -> PageCall:
    if not options.user_id:
        raise IntegrationError("Segment: User ID is required")
    return "analytics.alias(userId, previousId);", {
        "userId": options.user_id,
        "previousId": options.previous_id,
    }


def _load(credentials: SegmentCredentials, page_call: PageCall) -> PageCall:
    call, args = page_call
    return LOADER + call, args | {"writeKey": credentials.api_key}


def _action(name: str, model: type[DocModel], build: Callable[[Any], PageCall]) -> Action:
    return script_action(name, model, build, load=_load, no_key="Segment: no write key")


INTEGRATION = Integration(
    id="segment",
    name="Segment",
    icon="segment",
    credentials_model=SegmentCredentials,
    actions=(
        _action("Identify User", IdentifyOptions, _identify),
        _action("Track", TrackOptions, _track),
        _action("Page", PageOptions, _page),
        _action("Alias", AliasOptions, _alias),
    ),
)
