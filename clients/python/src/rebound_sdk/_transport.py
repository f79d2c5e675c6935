"""The HTTP transport under every call: bearer token, refresh, Idempotency-Key and safe retries.

It wraps httpx's own transport, so the generated endpoint functions need no change: whatever they send gets
`Authorization: Bearer <token>` (fetched, then refreshed shortly before it expires or once after a 401), and a POST
without an `Idempotency-Key` gets a fresh one, which every retry of that request reuses.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable

import httpx

from . import API_VERSION

#: Answers meaning the request was not applied: any request may be sent again.
NOT_APPLIED = frozenset({429, 503})
#: Answers after which the request may or may not have been applied (as after a broken connection).
UNKNOWN_OUTCOME = frozenset({502, 504})
#: Methods safe to send again whatever happened to the first attempt (a POST is, with its Idempotency-Key).
REPEATABLE = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "POST"})


class TokenError(Exception):
    """The token endpoint refused the credentials (its RFC 6749 error body is `.body`)."""

    def __init__(self, status: int, body: str):
        super().__init__(f"token request failed with {status}: {body[:300]}")
        self.status = status
        self.body = body


class TokenSource:
    """Holds an access token and gets a new one before it expires.

    `grant` is the form of the first request (`client_credentials` or `password`). When an answer carries a
    refresh token, the next token comes from the `refresh_token` grant; if that is refused, from `grant` again.
    """

    def __init__(self, base_url: str, grant: dict[str, str], *, margin: float = 60.0, timeout: float = 10.0):
        self._url = base_url.rstrip("/") + "/v1/auth/token"
        self._grant = {k: v for k, v in grant.items() if v is not None}
        self._margin = margin
        self._timeout = timeout
        self._lock = threading.Lock()
        self._access: str | None = None
        self._refresh: str | None = None
        self._expires_at = 0.0
        self.scope = ""
        #: How many tokens this source has been issued.
        self.issued = 0
        #: The grant of the last token request (`refresh_token` once a refresh token was used).
        self.last_grant = ""

    def token(self) -> str:
        """A token valid for at least `margin` more seconds (or a shorter-lived one that is all Rebound gives)."""
        with self._lock:
            if self._access is None or time.monotonic() >= self._expires_at:
                self._renew()
            assert self._access is not None
            return self._access

    def invalidate(self, token: str) -> None:
        """Drops `token` after Rebound answered 401 to it, so the next `token()` fetches a new one."""
        with self._lock:
            if self._access == token:
                self._access = None

    def _renew(self) -> None:
        if self._refresh is not None:
            try:
                self._request({"grant_type": "refresh_token", "refresh_token": self._refresh,
                               **{k: v for k, v in self._grant.items() if k == "client_id"}})
                return
            except TokenError:
                self._refresh = None
        self._request(self._grant)

    def _request(self, form: dict[str, str]) -> None:
        started = time.monotonic()
        answer = httpx.post(self._url, data=form, timeout=self._timeout)
        if answer.status_code != 200:
            raise TokenError(answer.status_code, answer.text)
        body = answer.json()
        self.last_grant = form["grant_type"]
        self.issued += 1
        self._access = body["access_token"]
        self._refresh = body.get("refresh_token") or self._refresh
        self.scope = body.get("scope", "")
        lifetime = float(body["expires_in"])
        # Renew `margin` seconds early, but never sooner than half-way through a short lifetime.
        self._expires_at = started + max(lifetime - self._margin, lifetime / 2)


class ReboundTransport(httpx.BaseTransport):
    """Adds the bearer token and an Idempotency-Key, refreshes once on 401, retries what is safe to retry.

    A request is sent again (at most `retries` times, after `Retry-After` or a backoff) when Rebound answered 429 or
    503; after a broken connection, a 502 or a 504 only when sending it twice does no harm: GET, PUT, and POST
    (whose Idempotency-Key makes Rebound answer a repeat from the first attempt).
    """

    def __init__(self, tokens: TokenSource | None, *, retries: int = 2,
                 sleep: Callable[[float], None] = time.sleep, inner: httpx.BaseTransport | None = None):
        self._tokens = tokens
        self._retries = retries
        self._sleep = sleep
        self._inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and "idempotency-key" not in request.headers:
            request.headers["Idempotency-Key"] = str(uuid.uuid4())
        # The SDK is built for one API version: it pins it, so a change of the client's default cannot surprise it.
        if "rebound-version" not in request.headers:
            request.headers["Rebound-Version"] = API_VERSION
        request.read()
        # PATCH and DELETE are retried only when Rebound says it did nothing: a PATCH whose first attempt was
        # applied would get 412 for its If-Match, a DELETE 404.
        repeatable = request.method in REPEATABLE
        refreshed = False
        attempt = 0
        while True:
            token = self._authorize(request)
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError:
                if not repeatable or attempt >= self._retries:
                    raise
                attempt += 1
                self._sleep(0.5 * 2**attempt)
                continue
            if response.status_code == 401 and token is not None and not refreshed and self._tokens is not None:
                response.close()
                self._tokens.invalidate(token)
                refreshed = True
                continue
            status = response.status_code
            if (status in NOT_APPLIED or (status in UNKNOWN_OUTCOME and repeatable)) and attempt < self._retries:
                delay = _retry_after(response, default=0.5 * 2 ** (attempt + 1))
                response.close()
                attempt += 1
                self._sleep(delay)
                continue
            return response

    def _authorize(self, request: httpx.Request) -> str | None:
        if self._tokens is None:
            return None
        token = self._tokens.token()
        request.headers["Authorization"] = f"Bearer {token}"
        return token

    def close(self) -> None:
        self._inner.close()


def _retry_after(response: httpx.Response, *, default: float) -> float:
    """The `Retry-After` seconds of a 429/503 (capped at 30 s), or `default`."""
    try:
        return min(float(response.headers.get("retry-after", "")), 30.0)
    except ValueError:
        return default
