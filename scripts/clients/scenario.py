"""A job board's integration with Rebound, written against the generated Python client only (openapi-python-client).

    python scenario.py BASE_URL SPEC_PATH        (run by scripts/generated-clients.sh with the client on sys.path)

Signs up, registers an integration client, then works server to server with `client_credentials`: a candidate with
the board's own user id, an interview with interviewers and questions, gaffes, the assessment, a recovery plan, a
step marked done with If-Match (a stale one is refused), and a note review. Then it checks that responses carrying
enum values this client has never seen still parse. Any failure raises, so the process exits non-zero.
"""

import json
import sys
import urllib.error
import urllib.request
import uuid
from http import HTTPStatus

from rebound_api_client import AuthenticatedClient, Client, models
from rebound_api_client.api.api_clients import create_api_client
from rebound_api_client.api.assessments import get_assessment
from rebound_api_client.api.auth import get_me, issue_token, signup
from rebound_api_client.api.candidates import create_candidate, list_candidates
from rebound_api_client.api.events import list_events
from rebound_api_client.api.follow_up_notes import review_follow_up_note
from rebound_api_client.api.gaffes import create_gaffe
from rebound_api_client.api.interviews import create_interview
from rebound_api_client.api.recovery_plans import create_recovery_plan, open_calendar_feed, update_plan_step

BASE_URL, SPEC_PATH = sys.argv[1], sys.argv[2]
RUN = uuid.uuid4().hex[:10]
NEW = "a_value_added_later"


def expect(response, status, what):
    """The parsed body of `response`, after checking its status (the body is shown when it is wrong)."""
    assert response.status_code == HTTPStatus(status), (
        f"{what}: expected {status}, got {int(response.status_code)}: {response.content[:600]!r}"
    )
    print(f"  {what}: {int(response.status_code)}")
    return response.parsed


def check_calendar(ics_bytes, entries, cancelled_uid):
    """Reads the calendar with icalendar and vobject, and checks what strict clients rely on."""
    import icalendar
    import vobject

    calendar = icalendar.Calendar.from_ical(ics_bytes)
    events = calendar.walk("VEVENT")
    assert len(events) == entries, (len(events), entries)
    defined = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    assert defined, "the scenario's interview has a time zone: its times should be local"
    for event in events:
        for name in ("DTSTART", "DTEND"):
            tzid = event[name].params.get("TZID")
            assert tzid is None or tzid in defined, f"{name} names {tzid}, VTIMEZONEs: {defined}"
            assert event.decoded(name).tzinfo is not None, f"{name} is floating"
    statuses = {str(event["UID"]): str(event["STATUS"]) for event in events}
    assert statuses[cancelled_uid] == "CANCELLED", statuses
    assert "Rebound" in str(calendar["PRODID"]), calendar["PRODID"]

    parsed = vobject.readOne(ics_bytes.decode("utf-8"), validate=True)
    assert len(parsed.vevent_list) == entries
    for event in parsed.vevent_list:
        assert event.dtstart.value.tzinfo is not None and event.dtstart.value < event.dtend.value


def token(body):
    parsed = expect(issue_token.sync_detailed(client=anonymous, body=body), 200, f"token ({body.grant_type})")
    assert isinstance(parsed, models.TokenResponse), parsed
    return parsed.access_token


anonymous = Client(base_url=BASE_URL, raise_on_unexpected_status=True)

# A job board's operator signs up and registers the board as an integration client.
owner_email = f"owner-{RUN}@jobs-python.example.com"
password = f"py-scenario-{RUN}"
expect(
    signup.sync_detailed(
        client=anonymous,
        body=models.SignupRequest.from_dict(
            {"workspace_name": "Acme Jobs (Python)", "email": owner_email, "password": password,
             "display_name": "Acme Operator"}
        ),
    ),
    201,
    "sign up",
)
owner = AuthenticatedClient(
    base_url=BASE_URL,
    token=token(models.TokenRequest(grant_type="password", username=owner_email, password=password)),
)
registered = expect(
    create_api_client.sync_detailed(
        client=owner,
        body=models.CreateApiClientRequest.from_dict(
            {"name": "Acme Jobs back end", "scopes": ["interviews:read", "interviews:write", "plans:write", "webhooks:read"]}
        ),
    ),
    201,
    "create an API client",
)

# From here on, the board's back end calls Rebound server to server.
board = AuthenticatedClient(
    base_url=BASE_URL,
    token=token(
        models.TokenRequest(
            grant_type="client_credentials",
            client_id=registered.client.client_id,
            client_secret=registered.client_secret,
        )
    ),
)
me = expect(get_me.sync_detailed(client=board), 200, "who am I")
assert me.to_dict()["subject_type"] == "client", me.to_dict()

external_id = f"acme-user-{RUN}"
created = create_candidate.sync_detailed(
    client=board,
    body=models.CreateCandidateRequest.from_dict(
        {"display_name": "Jordan Reyes", "email": "jordan.reyes@example.com", "external_id": external_id,
         "time_zone": "Europe/London"}
    ),
    idempotency_key=f"candidate-{RUN}",
)
candidate = expect(created, 201, "candidate with external_id")
assert created.headers["location"].endswith(str(candidate.id)), created.headers
found = expect(list_candidates.sync_detailed(client=board, external_id=external_id), 200, "find it by external_id")
assert [c.id for c in found.data] == [candidate.id], found.to_dict()

interview = expect(
    create_interview.sync_detailed(
        client=board,
        body=models.CreateInterviewRequest.from_dict(
            {
                "candidate_id": str(candidate.id),
                "company": "Northwind Capital",
                "role_title": "Senior Financial Analyst",
                "stage": "final",
                "format": "onsite",
                "occurred_at": "2026-11-20T09:00:00+00:00",
                "duration_minutes": 60,
                "interviewers": [
                    {"name": "Armin Vogel", "title": "Finance Director"},
                    {"name": "Priya Natarajan", "title": "Controller"},
                ],
                "questions": [
                    {"question": "What are your salary expectations?", "quality": "blanked"},
                    {"question": "Walk us through a variance analysis.", "quality": "strong"},
                ],
                "strengths": ["Walked through the variance analysis case cleanly"],
                "self_rating": 1,
                "employer_interest": "strong",
            }
        ),
    ),
    201,
    "interview with interviewers and questions",
)
for gaffe in (
    {"kind": "wrong_interviewer_name", "description": "Called Armin 'Arnold' twice", "noticed": "certain",
     "moment": "mid"},
    {"kind": "salary_blank", "noticed": "certain", "moment": "closing", "question_index": 0},
):
    expect(
        create_gaffe.sync_detailed(interview.id, client=board, body=models.CreateGaffeRequest.from_dict(gaffe)),
        201,
        f"gaffe {gaffe['kind']}",
    )

assessment = expect(get_assessment.sync_detailed(interview.id, client=board), 200, "assessment")
assert 0 < assessment.damage_score <= 100, assessment.to_dict()
print(f"    damage {assessment.damage_score} ({assessment.band})")

plan_response = create_recovery_plan.sync_detailed(
    interview.id, client=board, body=models.CreateRecoveryPlanRequest.from_dict({"tone": "warm"})
)
plan = expect(plan_response, 201, "recovery plan")
print(f"    {len(plan.steps)} steps: {', '.join(str(step.kind) for step in plan.steps)}")
step = plan.steps[0]


def mark_done(if_match):
    return update_plan_step.sync_detailed(
        interview.id, plan.id, step.id, client=board, body=models.UpdateStepRequest.from_dict({"status": "done"}),
        if_match=if_match,
    )


done_response = mark_done(f'"{step.version}"')
done = expect(done_response, 200, "step marked done with If-Match")
assert done.status == "done" and done.version == step.version + 1, done.to_dict()
assert done_response.headers["etag"] == f'"{done.version}"', done_response.headers
expect(mark_done(f'"{step.version}"'), 412, "the same If-Match again (stale)")

# The plan as a calendar feed a calendar app subscribes to: fetched with no token, read by two independent
# parsers, every TZID defined by a VTIMEZONE, the step just marked done sent as cancelled.
feed = expect(open_calendar_feed.sync_detailed(interview.id, plan.id, client=board), 201, "calendar feed")
with urllib.request.urlopen(feed.url, timeout=10) as answer:
    ics_bytes = answer.read()
    ics_etag = answer.headers["ETag"]
check_calendar(ics_bytes, len(plan.steps), cancelled_uid=f"step-{step.id}@rebound")
try:
    urllib.request.urlopen(urllib.request.Request(feed.url, headers={"If-None-Match": ics_etag}), timeout=10)
    raise AssertionError("a poll with the current ETag should be a 304")
except urllib.error.HTTPError as not_modified:
    assert not_modified.code == 304, not_modified.code
print(f"  calendar feed: {len(plan.steps)} entries, read by icalendar and vobject, every TZID defined, 304 on poll")

review = expect(
    review_follow_up_note.sync_detailed(
        client=board,
        body=models.ReviewNoteRequest.from_dict(
            {"interview_id": str(interview.id),
             "text": "Dear Arnold,\n\nThank you for your time. I'm so sorry about the salary question.\n\nBest,\nJordan"}
        ),
    ),
    200,
    "note review",
)
kinds = [str(finding.kind) for finding in review.findings]
assert "unknown_name" in kinds, kinds
print(f"    findings: {', '.join(kinds)}")

# Typed events: each item of the feed is the model of its type, so isinstance narrows `data` (no cast).
feed = expect(list_events.sync_detailed(client=board, limit=50), 200, "event feed")
typed = []
for event in feed.data:
    assert len(event.api_version) == 10 and event.workspace_id, event.to_dict()
    if isinstance(event, models.GaffeCreatedEvent):
        assert event.data.interview_id == interview.id
        typed.append(f"gaffe {event.data.kind}")
    elif isinstance(event, models.RecoveryPlanCreatedEvent):
        typed.append(f"plan of {len(event.data.steps)} steps ({event.data.steps[0].title})")
    elif isinstance(event, models.CandidateCreatedEvent):
        typed.append(f"candidate {event.data.display_name}")
    elif isinstance(event, models.RecoveryPlanStepUpdatedEvent):
        typed.append(f"step {event.data.step.status}")
assert len(typed) >= 5, typed
print(f"    typed: {'; '.join(typed)}")

# A later Rebound may send enum values this client was generated without: a new step kind and status in the plan
# it just received must still parse, and the value must come through as it was sent.
raw = json.loads(plan_response.content)
raw["steps"][0]["kind"] = NEW
raw["steps"][0]["status"] = NEW
raw["band"] = NEW
reparsed = models.RecoveryPlanResponse.from_dict(raw)
assert reparsed.steps[0].kind == NEW and reparsed.steps[0].status == NEW and reparsed.band == NEW
assert reparsed.to_dict()["steps"][0]["kind"] == NEW
print("  a real plan with a step kind, a status and a band it has never seen: parsed")

# The same for every response model with an example: each open enum value replaced by a new one.
spec = json.load(open(SPEC_PATH))
schemas = spec["components"]["schemas"]


def resolve(schema):
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def open_enum(schema):
    """Whether the schema is the spec's open enum: anyOf [{$ref: Enum}, {type: string}, ...]."""
    branches = schema.get("anyOf", [])
    return any("enum" in resolve(b) for b in branches if "$ref" in b) and {"type": "string"} in branches


def with_new_values(schema, value):
    """`value` with every open-enum value replaced by one the client has never seen, and how many were."""
    if open_enum(schema) and isinstance(value, str):
        return NEW, 1
    schema = resolve(schema)
    for branch in schema.get("oneOf", []) + schema.get("anyOf", []):
        if value is not None and branch.get("type") != "null":
            return with_new_values(branch, value)
    if isinstance(value, dict):
        count, out = 0, {}
        properties = dict(schema.get("properties", {}))
        for part in schema.get("allOf", []):
            properties.update(resolve(part).get("properties", {}))
        for key, member in value.items():
            out[key], n = with_new_values(properties.get(key, {}), member)
            count += n
        return out, count
    if isinstance(value, list) and "items" in schema:
        pairs = [with_new_values(schema["items"], item) for item in value]
        return [p[0] for p in pairs], sum(p[1] for p in pairs)
    return value, 0


parsed = replaced = 0
for name, schema in schemas.items():
    model = getattr(models, name, None)
    if model is None or "example" not in schema or not hasattr(model, "from_dict"):
        continue
    example, count = with_new_values(schema, schema["example"])
    if count == 0:
        continue
    instance = model.from_dict(example)
    assert NEW in json.dumps(instance.to_dict()), f"{name}: the new value did not survive"
    parsed += 1
    replaced += count
assert parsed > 0, "no response example has an open enum"
print(f"  {parsed} response models' examples carrying {replaced} enum values never seen: parsed")
print("python: the job-board scenario passed")
