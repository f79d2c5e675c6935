"""Webhook verification with the Standard Webhooks library, returning a typed event."""

from __future__ import annotations

import json
from collections.abc import Mapping

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from .events import Event, parse_event

__all__ = ["WebhookVerificationError", "verify_webhook"]


def verify_webhook(secret: str, body: bytes | str, headers: Mapping[str, str]) -> Event:
    """The delivery's event, once its `webhook-signature` matches `secret` (the endpoint's `whsec_…`).

    Raises `WebhookVerificationError` when no signature matches or `webhook-timestamp` is more than 5 minutes
    off. Pass the body exactly as received (bytes), not re-serialised JSON. Dedupe on `webhook-id` (the event id):
    delivery is at least once.
    """
    raw = body.decode("utf-8") if isinstance(body, bytes) else body
    lowered = {key.lower(): value for key, value in headers.items()}
    Webhook(secret).verify(raw, lowered)
    return parse_event(json.loads(raw))
