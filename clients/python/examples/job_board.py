"""A job board's integration with Rebound through the Python SDK (rebound_sdk) only.

    python job_board.py BASE_URL        (scripts/sdks.sh runs it against a live server, with the SDK installed)

Signs up, registers an integration client and a webhook endpoint (a receiver in this process), then works server to
server with `client_credentials`: a candidate (its create retried with the same Idempotency-Key is replayed), an
interview, gaffes, a recovery plan, a step marked done with If-Match (a stale one is refused), the event feed
iterated with the pagination helper and narrowed by type with no cast, a token refreshed after a 401, and a real
webhook delivery verified with Standard Webhooks into a typed event. Any failure raises, so the process exits
non-zero.
"""

import http.server
import queue
import sys
import threading
import uuid

import httpx

from rebound_sdk import API_VERSION, ApiError, Rebound, if_match, models, verify_webhook
from rebound_sdk._transport import ReboundTransport
from rebound_sdk.api.api_clients import create_api_client
from rebound_sdk.api.auth import get_me, signup
from rebound_sdk.api.candidates import create_candidate
from rebound_sdk.api.events import list_events
from rebound_sdk.api.gaffes import create_gaffe
from rebound_sdk.api.interviews import create_interview
from rebound_sdk.api.recovery_plans import create_recovery_plan, update_plan_step
from rebound_sdk.api.events import create_webhook_endpoint
from rebound_sdk.models import (
    CandidateCreatedEvent,
    GaffeCreatedEvent,
    InterviewUpdatedEvent,
    RecoveryPlanCreatedEvent,
    RecoveryPlanStepUpdatedEvent,
)

BASE_URL = sys.argv[1]
RUN = uuid.uuid4().hex[:10]
deliveries: queue.Queue[tuple[bytes, dict[str, str]]] = queue.Queue()


class Receiver(http.server.BaseHTTPRequestHandler):
    """The board's webhook endpoint: keeps each delivery's raw body and headers."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        deliveries.put((body, dict(self.headers.items())))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


receiver = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
threading.Thread(target=receiver.serve_forever, daemon=True).start()

# The board's operator signs up and registers the board as an integration client.
email, password = f"owner-{RUN}@jobs-python-sdk.example.com", f"py-sdk-{RUN}"
Rebound.unauthenticated(BASE_URL).call(signup.sync_detailed, body=models.SignupRequest(
    workspace_name="Acme Jobs (Python SDK)", email=email, password=password, display_name="Acme Operator"))
owner = Rebound.password(BASE_URL, email, password)
scopes = ["interviews:read", "interviews:write", "plans:write", "webhooks:read", "webhooks:write"]
registered = owner.call(create_api_client.sync_detailed,
                        body=models.CreateApiClientRequest.from_dict({"name": "Acme Jobs back end", "scopes": scopes}))
print("  signed up, registered an API client (password grant, then its refresh token)")

assert isinstance(registered.client_secret, str), "a confidential client has a secret"
board = Rebound.client_credentials(BASE_URL, registered.client.client_id, registered.client_secret)
me = board.call(get_me.sync_detailed)
assert me.to_dict()["subject_type"] == "client", me.to_dict()
hook = board.call(create_webhook_endpoint.sync_detailed, body=models.CreateWebhookEndpointRequest.from_dict(
    {"url": f"http://127.0.0.1:{receiver.server_port}/hooks/rebound", "events": ["gaffe.created"]}))
print(f"  client_credentials token; webhook endpoint {hook.endpoint.id}")

# A create retried with the same Idempotency-Key is answered from the first attempt, not made twice.
candidate_body = models.CreateCandidateRequest(display_name="Jordan Reyes", email="jordan.reyes@example.com",
                                               external_id=f"acme-user-{RUN}", time_zone="Europe/London")
key = f"candidate-{RUN}"
candidate = board.call(create_candidate.sync_detailed, body=candidate_body, idempotency_key=key)
again = board.call(create_candidate.sync_detailed, body=candidate_body, idempotency_key=key)
assert board.last_response is not None and board.last_response.headers.get("idempotent-replayed") == "true"
assert again.id == candidate.id
print("  candidate created; the same create again was replayed (Idempotent-Replayed: true)")

interview = board.call(create_interview.sync_detailed, body=models.CreateInterviewRequest.from_dict({
    "candidate_id": str(candidate.id), "company": "Northwind Capital", "role_title": "Senior Financial Analyst",
    "stage": "final", "format": "onsite", "occurred_at": "2026-11-20T09:00:00+00:00", "duration_minutes": 60,
    "interviewers": [{"name": "Armin Vogel", "title": "Finance Director"}],
    "questions": [{"question": "What are your salary expectations?", "quality": "blanked"}], "self_rating": 2}))
for gaffe in ({"kind": "wrong_interviewer_name", "noticed": "certain", "moment": "mid"},
              {"kind": "salary_blank", "noticed": "certain", "moment": "closing", "question_index": 0}):
    board.call(create_gaffe.sync_detailed, interview.id, body=models.CreateGaffeRequest.from_dict(gaffe))
plan = board.call(create_recovery_plan.sync_detailed, interview.id,
                  body=models.CreateRecoveryPlanRequest.from_dict({"tone": "warm"}))
step = plan.steps[0]
print(f"  interview, 2 gaffes, a plan of {len(plan.steps)} steps")


def mark_done(version: str) -> models.PlanStepResponse:
    return board.call(update_plan_step.sync_detailed, interview.id, plan.id, step.id,
                      body=models.UpdateStepRequest.from_dict({"status": "done"}), if_match=version)


done = mark_done(if_match(step))
assert done.status == "done" and done.version == step.version + 1, done.to_dict()
try:
    mark_done(if_match(step))
    raise AssertionError("a stale If-Match should be refused")
except ApiError as stale:
    assert stale.status == 412, stale
print("  step done with If-Match; the stale version again: 412")

# A token Rebound no longer accepts is replaced after the 401, once, and the call goes through.
assert board.tokens is not None and owner.tokens is not None
board.tokens._access = "not-a-valid-token"  # as if it had been revoked
assert board.call(get_me.sync_detailed).to_dict()["subject_type"] == "client"
owner.tokens._access = "not-a-valid-token"
assert owner.call(get_me.sync_detailed).to_dict()["subject_type"] == "user"
assert board.tokens.last_grant == "client_credentials" and owner.tokens.last_grant == "refresh_token"
print("  a refused token was renewed after the 401 (client_credentials, and the refresh token)")

# Renewal before expiry: a token about to expire is replaced before the call, with no 401.
issued = board.tokens.issued
board.tokens._expires_at = 0.0  # as if its lifetime, less the margin, had passed
board.call(get_me.sync_detailed)
assert board.tokens.issued == issued + 1 and board.tokens.last_grant == "client_credentials"
print("  a token due to expire was renewed before the call")

# A create that meets a 503 is retried with the same Idempotency-Key (a stand-in transport answers here).
seen_keys: list[str] = []


class Flaky(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        seen_keys.append(request.headers["idempotency-key"])
        return httpx.Response(503 if len(seen_keys) == 1 else 201, json={"ok": True})


flaky = httpx.Client(transport=ReboundTransport(None, sleep=lambda _: None, inner=Flaky()))
assert flaky.post("http://rebound.invalid/v1/candidates", json={}).status_code == 201
assert len(seen_keys) == 2 and seen_keys[0] == seen_keys[1], seen_keys


class BadGateway(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        seen_keys.append(request.method)
        return httpx.Response(502)


# A PATCH that got a 502 may have been applied: it is not sent again.
seen_keys.clear()
gateway = httpx.Client(transport=ReboundTransport(None, sleep=lambda _: None, inner=BadGateway()))
assert gateway.patch("http://rebound.invalid/v1/candidates/x", json={}).status_code == 502 and seen_keys == ["PATCH"]
print("  a create retried after a 503 sent the same generated Idempotency-Key; a PATCH is not repeated blindly")

# The event feed, page after page (limit 2 forces several), narrowed by type with no cast.
seen = []
for event in board.paginate(list_events.sync_detailed, limit=2):
    assert event.api_version == API_VERSION, event.api_version
    if isinstance(event, GaffeCreatedEvent):
        assert event.data.interview_id == interview.id
        seen.append(f"gaffe {event.data.kind}")
    elif isinstance(event, RecoveryPlanCreatedEvent):
        seen.append(f"plan ({event.data.steps[0].title})")
    elif isinstance(event, RecoveryPlanStepUpdatedEvent):
        seen.append(f"step {event.data.step.status}")
    elif isinstance(event, InterviewUpdatedEvent):
        seen.append(f"interview v{event.data.version}")
    elif isinstance(event, CandidateCreatedEvent):
        seen.append(f"candidate {event.data.display_name}")
assert sum(s.startswith("gaffe") for s in seen) == 2 and any(s.startswith("candidate") for s in seen), seen
print(f"  event feed, {len(seen)} typed: {'; '.join(seen)}")

# A real delivery, verified with the endpoint's secret into a typed event; a tampered one is refused.
body, headers = deliveries.get(timeout=60)
delivered = verify_webhook(hook.secret, body, headers)
assert isinstance(delivered, GaffeCreatedEvent) and delivered.data.interview_id == interview.id, delivered
assert headers["webhook-id"] == str(delivered.id), headers
try:
    verify_webhook(hook.secret, body.replace(b"gaffe", b"gaffx"), headers)
    raise AssertionError("a tampered delivery should be refused")
except Exception as refused:  # noqa: BLE001 - the library's WebhookVerificationError
    assert type(refused).__name__ == "WebhookVerificationError", refused
print(f"  webhook delivery verified: {delivered.type_} {delivered.data.kind}; a tampered body refused")
receiver.shutdown()
print("python sdk: the job-board scenario passed")
