"""Probes for load balancers and orchestrators: is the process up, can it serve requests."""

import logging

from fastapi import Response
from sqlalchemy import text

from botloom.api.deps import EngineDep
from botloom.api.routing import api_router
from botloom.domain.schemas import ApiModel

logger = logging.getLogger(__name__)

router = api_router(prefix="/api", tags=["health"])


class HealthResponse(ApiModel):
    """The process answers (Typebot's ``/api/healthz`` shape)."""

    status: str = "ok"


class ReadinessResponse(ApiModel):
    """Whether the process can serve: ``status`` is ``ok`` or ``unavailable``."""

    status: str
    database: str


@router.get("/healthz")
async def healthz() -> HealthResponse:
    """Liveness: the process answers. It touches nothing, so a slow database never gets a
    healthy worker restarted."""
    return HealthResponse()


@router.get("/readyz", responses={503: {"model": ReadinessResponse}})
async def readyz(engine: EngineDep, response: Response) -> ReadinessResponse:
    """Readiness: the database answers a query. 503 while it does not, so a load balancer
    sends chats elsewhere; the reason is logged, not returned (it may name hosts or users)."""
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception:
        logger.exception("Readiness check: the database did not answer")
        response.status_code = 503
        return ReadinessResponse(status="unavailable", database="unavailable")
    return ReadinessResponse(status="ok", database="ok")
