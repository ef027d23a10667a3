"""A stand-in for Stripe's PaymentIntents API on loopback (aiohttp), enough for stripe-python.

``POST /v1/payment_intents`` opens an intent (form-encoded, as Stripe's clients send it);
``GET /v1/payment_intents/{id}`` reads one; ``POST /v1/payment_intents/{id}/confirm`` pays it
with the client secret, as Stripe.js does from the browser with the public key. Secret keys
must be known ones; the payments are kept for tests to read and to mark paid.
"""

import re
import secrets
from typing import Any

from aiohttp import web

from tests.support.loopback import LoopbackServer

PUBLIC_KEY = "pk_test_botloom"
SECRET_KEY = "sk_test_botloom"

_BRACKETS = re.compile(r"\[([^\]]*)\]")


def _nested(form: dict[str, str]) -> dict[str, Any]:
    """Stripe's form encoding (``shipping[address][city]=Paris``) read back into objects."""
    out: dict[str, Any] = {}
    for key, value in form.items():
        head = key.split("[", 1)[0]
        path = [head, *_BRACKETS.findall(key)]
        node = out
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = value
    return out


def _error(status: int, message: str, *, param: str | None = None) -> web.Response:
    error: dict[str, Any] = {"type": "invalid_request_error", "message": message}
    if param is not None:
        error["param"] = param
    return web.json_response({"error": error}, status=status)


class FakeStripe(LoopbackServer):
    """Stripe's PaymentIntents for one account (``SECRET_KEY`` / ``PUBLIC_KEY``)."""

    def __init__(self) -> None:
        super().__init__()
        self.intents: dict[str, dict[str, Any]] = {}
        self.secret_keys = {SECRET_KEY}
        self.public_keys = {PUBLIC_KEY}
        self.declines = False
        """Whether cards are declined at confirmation."""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def mark_succeeded(self, intent_id: str) -> None:
        """Pay an intent, as a visitor's card would."""
        self.intents[intent_id]["status"] = "succeeded"

    def intent_of_secret(self, client_secret: str) -> dict[str, Any]:
        """The intent a client secret belongs to."""
        return next(i for i in self.intents.values() if i["client_secret"] == client_secret)

    def add_routes(self, app: web.Application) -> None:
        app.router.add_post("/v1/payment_intents", self._create)
        app.router.add_get("/v1/payment_intents/{id}", self._retrieve)
        app.router.add_post("/v1/payment_intents/{id}/confirm", self._confirm)

    def _authorized(self, request: web.Request, keys: set[str], form_key: object = None) -> bool:
        header = request.headers.get("Authorization", "")
        return header.removeprefix("Bearer ") in keys or form_key in keys

    async def _create(self, request: web.Request) -> web.Response:
        if not self._authorized(request, self.secret_keys):
            return _error(401, "Invalid API Key provided")
        params = _nested(dict(await request.post()))  # type: ignore[arg-type]
        amount = params.get("amount", "")
        if not amount.isdigit() or int(amount) < 1:
            return _error(400, "Invalid positive integer", param="amount")
        if not params.get("currency"):
            return _error(400, "Missing required param: currency.", param="currency")
        intent_id = f"pi_{secrets.token_hex(12)}"
        intent = {
            **params,
            "id": intent_id,
            "object": "payment_intent",
            "amount": int(amount),
            "client_secret": f"{intent_id}_secret_{secrets.token_hex(12)}",
            "status": "requires_payment_method",
            "livemode": False,
        }
        self.intents[intent_id] = intent
        return web.json_response(intent)

    async def _retrieve(self, request: web.Request) -> web.Response:
        if not self._authorized(request, self.secret_keys):
            return _error(401, "Invalid API Key provided")
        intent = self.intents.get(request.match_info["id"])
        if intent is None:
            return _error(404, "No such payment_intent", param="intent")
        return web.json_response(intent)

    async def _confirm(self, request: web.Request) -> web.Response:
        form = await request.post()
        intent = self.intents.get(request.match_info["id"])
        if (
            # Stripe.js sends the public key in the form, not in a header.
            not self._authorized(request, self.public_keys, form.get("key"))
            or intent is None
            or form.get("client_secret") != intent["client_secret"]
        ):
            return _error(400, "No such payment_intent", param="intent")
        if self.declines:
            error = {"type": "card_error", "code": "card_declined"}
            return web.json_response(
                {"error": error | {"message": "Your card was declined."}}, status=402
            )
        intent["status"] = "succeeded"
        return web.json_response(intent)
