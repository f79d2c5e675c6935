"""`Rebound`: the generated client with its token managed, plus calls that check the status, and pagination."""

from __future__ import annotations

import inspect
import uuid
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from http import HTTPStatus
from typing import Any, Protocol, TypeVar

from . import API_VERSION
from ._transport import ReboundTransport, TokenSource
from .client import AuthenticatedClient, Client
from .models import Problem
from .types import Unset

T = TypeVar("T")
Item = TypeVar("Item", covariant=True)


class ApiError(Exception):
    """A response that is not what the call expected; `problem` is the RFC 9457 body when there is one."""

    def __init__(self, status: int, problem: Problem | None, content: bytes):
        code = problem.to_dict().get("code") if problem is not None else None
        super().__init__(f"Rebound answered {status}{f' ({code})' if code else ''}: {content[:400]!r}")
        self.status = status
        self.problem = problem
        self.code = code


Body = TypeVar("Body", covariant=True)


class Answer(Protocol[Body]):
    """What every generated `sync_detailed` returns (its `Response`, read-only so that it is covariant)."""

    @property
    def status_code(self) -> HTTPStatus: ...

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> MutableMapping[str, str]: ...

    @property
    def parsed(self) -> Body | None: ...


class Page(Protocol[Item]):
    """What every list answers: `{data, next_cursor}`."""

    @property
    def data(self) -> Sequence[Item]: ...

    @property
    def next_cursor(self) -> None | str | Unset: ...


class Rebound:
    """A Rebound API client for one set of credentials.

        rb = Rebound.client_credentials("https://rebound.example.com", client_id, client_secret)
        candidate = rb.call(create_candidate.sync_detailed, body=CreateCandidateRequest(...))

    `rb.api` is the generated client every function of `rebound_sdk.api` takes as `client=`; its requests carry a
    bearer token fetched when needed, renewed `refresh_margin` seconds before it expires and once after a 401
    (with the refresh token when the grant gave one). Each POST gets an `Idempotency-Key` (a UUID) unless it sends
    its own, and a request that failed on the way, or got a 429/502/503/504, is retried up to `retries` times with
    the same key.
    """

    api_version = API_VERSION

    def __init__(self, base_url: str, grant: dict[str, str] | None, *, refresh_margin: float = 60.0,
                 retries: int = 2, timeout: float = 10.0, transport: ReboundTransport | None = None):
        self.base_url = base_url.rstrip("/")
        self.tokens = TokenSource(self.base_url, grant, margin=refresh_margin, timeout=timeout) if grant else None
        transport = transport or ReboundTransport(self.tokens, retries=retries)
        args: dict[str, Any] = {"transport": transport}
        # The token is set per request by the transport; this placeholder is never sent.
        self.api = AuthenticatedClient(base_url=self.base_url, token="managed-by-the-transport", httpx_args=args)
        #: The last answer `call` got (for its headers: `ETag`, `Idempotent-Replayed`, `Location`, …).
        self.last_response: Answer[object] | None = None
        self.anonymous = Client(base_url=self.base_url, httpx_args={"transport": ReboundTransport(None, retries=retries)})

    @classmethod
    def client_credentials(cls, base_url: str, client_id: str, client_secret: str, *, scope: str | None = None,
                           **options: Any) -> Rebound:
        """Server to server: an integration client's id and secret (`POST /v1/api-clients` gives them)."""
        grant = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret}
        return cls(base_url, grant | ({"scope": scope} if scope else {}), **options)

    @classmethod
    def password(cls, base_url: str, username: str, password: str, *, scope: str | None = None,
                 **options: Any) -> Rebound:
        """A user's e-mail and password; later tokens come from the refresh token."""
        grant = {"grant_type": "password", "username": username, "password": password}
        return cls(base_url, grant | ({"scope": scope} if scope else {}), **options)

    @classmethod
    def unauthenticated(cls, base_url: str, **options: Any) -> Rebound:
        """For the calls that need no token (sign-up, the calendar feed)."""
        return cls(base_url, None, **options)

    def call(self, endpoint: Callable[..., Answer[T | Problem]], *args: Any, **kwargs: Any) -> T:
        """Calls a generated `sync_detailed` function with this client and returns its parsed 2xx body.

        Raises `ApiError` for anything else (with the problem document), so the result is never a `Problem`.
        """
        client = self.api if _wants_authenticated(endpoint) else self.anonymous
        response = endpoint(*args, client=client, **kwargs)
        self.last_response = response
        if not 200 <= int(response.status_code) < 300 or isinstance(response.parsed, Problem):
            problem = response.parsed if isinstance(response.parsed, Problem) else None
            raise ApiError(int(response.status_code), problem, response.content)
        return response.parsed  # type: ignore[return-value]

    def paginate(self, endpoint: Callable[..., Answer[Page[T] | Problem]], *args: Any,
                 **kwargs: Any) -> Iterator[T]:
        """Every item of a list, page after page, following `next_cursor` until it is null.

            for event in rb.paginate(list_events.sync_detailed, limit=100):
                ...
        """
        cursor: str | None = kwargs.pop("cursor", None)
        while True:
            page = self.call(endpoint, *args, **({"cursor": cursor} if cursor else {}), **kwargs)
            yield from page.data
            following = page.next_cursor
            if not isinstance(following, str) or not following:
                return
            cursor = following


def _wants_authenticated(endpoint: Callable[..., Any]) -> bool:
    """Whether a generated function is typed to take an `AuthenticatedClient` (the endpoints needing a token)."""
    parameter = inspect.signature(endpoint).parameters.get("client")
    if parameter is None:
        return True
    annotation = parameter.annotation
    name = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))
    return name.strip() == "AuthenticatedClient"


def idempotency_key() -> str:
    """A fresh key for a create you mean to retry yourself: pass it as `idempotency_key=` on every attempt."""
    return str(uuid.uuid4())


def if_match(resource_or_version: Any) -> str:
    """The `If-Match` value for a resource (anything with a `version`) or a version number: `"3"`."""
    version = getattr(resource_or_version, "version", resource_or_version)
    return f'"{int(version)}"'
