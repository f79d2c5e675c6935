"""Rebound's Python SDK, for API version 2026-12-07.

    from rebound_sdk import Rebound
    from rebound_sdk.api.candidates import create_candidate
    from rebound_sdk.models import CreateCandidateRequest

`rebound_sdk.api`, `rebound_sdk.models`, `client`, `errors` and `types` are generated from Rebound's OpenAPI document
by openapi-python-client (do not edit them: `REBOUND_UPDATE_SDKS=1 scripts/sdks.sh` regenerates them). This file
and `sdk`, `events`, `webhooks` and `_transport` are the hand-written layer: `Rebound` adds token handling and
refresh, pagination, Idempotency-Key and If-Match helpers; `verify_webhook` checks a delivery with the Standard
Webhooks library and returns a typed `Event`.
"""

#: The API version this SDK was generated from (the package's major version).
API_VERSION = "2026-12-07"

from . import api, models  # noqa: E402
from ._transport import TokenError  # noqa: E402
from .client import AuthenticatedClient, Client  # noqa: E402
from .events import Event, parse_event  # noqa: E402
from .sdk import ApiError, Rebound, idempotency_key, if_match  # noqa: E402
from .webhooks import WebhookVerificationError, verify_webhook  # noqa: E402

__all__ = [
    "API_VERSION",
    "ApiError",
    "AuthenticatedClient",
    "Client",
    "Event",
    "Rebound",
    "TokenError",
    "WebhookVerificationError",
    "api",
    "idempotency_key",
    "if_match",
    "models",
    "parse_event",
    "verify_webhook",
]
