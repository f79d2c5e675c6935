"""Typed events: `Event` is the union of the document's `EventEnvelope` members, discriminated by `type`.

`isinstance(event, GaffeCreatedEvent)` narrows `event.data` to that type's payload, with no cast. `scripts/sdks.sh`
checks that this union lists exactly the members of the document's discriminator.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from .models import (
    CandidateCreatedEvent,
    CandidateDeletedEvent,
    CandidateUpdatedEvent,
    EventList,
    GaffeCreatedEvent,
    GaffeDeletedEvent,
    GaffeUpdatedEvent,
    InterviewCreatedEvent,
    InterviewDeletedEvent,
    InterviewUpdatedEvent,
    PingEvent,
    RecoveryPlanCreatedEvent,
    RecoveryPlanStepDueEvent,
    RecoveryPlanStepUpdatedEvent,
)

Event: TypeAlias = (
    CandidateCreatedEvent
    | CandidateUpdatedEvent
    | CandidateDeletedEvent
    | InterviewCreatedEvent
    | InterviewUpdatedEvent
    | InterviewDeletedEvent
    | GaffeCreatedEvent
    | GaffeUpdatedEvent
    | GaffeDeletedEvent
    | RecoveryPlanCreatedEvent
    | RecoveryPlanStepUpdatedEvent
    | RecoveryPlanStepDueEvent
    | PingEvent
)


def parse_event(payload: dict[str, Any]) -> Event:
    """The typed event for an envelope as `GET /v1/events/{id}` or a webhook delivery carries it.

    Parsed by the generated union parser of the event feed, so it follows the document exactly.
    """
    return EventList.from_dict({"data": [payload], "next_cursor": None}).data[0]
