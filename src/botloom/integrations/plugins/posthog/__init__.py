"""PostHog (forge id `posthog`): capture, identify, group and page-view calls made in the
visitor's page through posthog-js, loaded from the credentials' host when the page has none."""

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

DEFAULT_HOST = "https://us.i.posthog.com"

# Runs the call once posthog-js is there: at once if the page has it, else after loading it.
LOADER = """\
const run = () => {
  const posthog = window.posthog;
%(call)s
};
if (window.posthog && window.posthog.__loaded) {
  run();
} else {
  const script = document.createElement("script");
  script.async = true;
  script.src = host.replace(/\\/$/, "") + "/static/array.js";
  script.onload = () => {
    window.posthog.init(apiKey, { api_host: host });
    run();
  };
  document.head.appendChild(script);
}
"""


class PostHogCredentials(ApiKeyCredentials):
    """The project API key (public: posthog-js sends it from every page) and the host."""

    host: str | None = None


class GroupRef(DocModel):
    """A group an event belongs to."""

    type: str | None = None
    key: str | None = None


class CaptureOptions(DocModel):
    """Options of "Capture"."""

    is_anonymous: bool = False
    distinct_id: str | None = None
    event: str | None = None
    properties: list[KeyValue] = []
    person_properties: list[KeyValue] = []
    groups: list[GroupRef] = []


class IdentifyOptions(DocModel):
    """Options of "Identify User"."""

    user_id: str | None = None
    properties: list[KeyValue] = []


class GroupOptions(DocModel):
    """Options of "Identify Group"."""

    distinct_id: str | None = None
    group_type: str | None = None
    group_key: str | None = None
    properties: list[KeyValue] = []


class PageViewOptions(DocModel):
    """Options of "Page View"."""

    distinct_id: str | None = None


def _identify_first(distinct_id: str | None) -> str:
    return "  if (distinctId) posthog.identify(distinctId);\n" if distinct_id else ""


def _capture(options: CaptureOptions) -> PageCall:
    if not options.event:
        raise IntegrationError("PostHog Capture: event is required")
    properties: dict[str, Any] = as_dict(options.properties)
    if options.person_properties and not options.is_anonymous:
        properties["$set"] = as_dict(options.person_properties)
    groups = {g.type: g.key for g in options.groups if g.type and g.key}
    if groups:
        properties["$groups"] = groups
    distinct_id = None if options.is_anonymous else options.distinct_id
    call = _identify_first(distinct_id) + "  posthog.capture(event, properties);"
    return call, {"distinctId": distinct_id, "event": options.event, "properties": properties}


def _identify(options: IdentifyOptions) -> PageCall:
    if not options.user_id:
        raise IntegrationError("PostHog: User ID is required")
    return "  posthog.identify(userId, properties);", {
        "userId": options.user_id,
        "properties": as_dict(options.properties),
    }


def _group(options: GroupOptions) -> PageCall:
    if not options.group_type or not options.group_key:
        raise IntegrationError("PostHog: group type and key are required")
    call = (
        _identify_first(options.distinct_id) + "  posthog.group(groupType, groupKey, properties);"
    )
    return call, {
        "distinctId": options.distinct_id,
        "groupType": options.group_type,
        "groupKey": options.group_key,
        "properties": as_dict(options.properties),
    }


def _page_view(options: PageViewOptions) -> PageCall:
    call = _identify_first(options.distinct_id) + '  posthog.capture("$pageview");'
    return call, {"distinctId": options.distinct_id}


def _load(credentials: PostHogCredentials, page_call: PageCall) -> PageCall:
    call, args = page_call
    host = credentials.host or DEFAULT_HOST
    return LOADER % {"call": call}, args | {"apiKey": credentials.api_key, "host": host}


def _action(name: str, model: type[DocModel], build: Callable[[Any], PageCall]) -> Action:
    return script_action(name, model, build, load=_load, no_key="PostHog: no project API key")


INTEGRATION = Integration(
    id="posthog",
    name="PostHog",
    icon="posthog",
    credentials_model=PostHogCredentials,
    actions=(
        _action("Capture", CaptureOptions, _capture),
        _action("Identify User", IdentifyOptions, _identify),
        _action("Identify Group", GroupOptions, _group),
        _action("Page View", PageViewOptions, _page_view),
    ),
)
