from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.interview_created_event_type import InterviewCreatedEventType
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.interview_response import InterviewResponse





T = TypeVar("T", bound="InterviewCreatedEvent")



@_attrs_define
class InterviewCreatedEvent:
    """ `interview.created`: An interview was logged.

        Example:
            {'id': '01936f90-1c2d-7e3f-8a4b-5c6d7e8f9a0b', 'type': 'interview.created', 'created_at':
                '2026-11-25T10:15:00Z', 'workspace_id': '01936f8e-5a1b-7c2d-8e3f-4a5b6c7d8e9f', 'api_version': '2026-12-07',
                'data': {'id': '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a', 'candidate_id': '01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f',
                'company': 'Harbor & Finch Capital', 'role_title': 'Senior Financial Analyst', 'stage': 'final', 'format':
                'onsite', 'occurred_at': '2026-11-24T09:00:00-05:00', 'time_zone': 'America/New_York', 'duration_minutes': 60,
                'interviewers': [{'name': 'Armin Vogel', 'title': 'Finance Director', 'email': None}], 'questions':
                [{'question': 'What are your salary expectations?', 'answer_summary': 'Froze and said I had not thought about
                it.', 'quality': 'blanked'}], 'strengths': ['Walked through the variance analysis case cleanly'], 'self_rating':
                2, 'outcome': 'pending', 'employer_interest': 'strong', 'notes': None, 'remote': None, 'remote_deleted_at':
                None, 'version': 1, 'created_at': '2026-11-24T17:10:00Z', 'updated_at': '2026-11-24T17:10:00Z'}}

        Attributes:
            api_version (str): The API version `data` is shaped by (see the changelog).
            created_at (datetime.datetime):
            data (InterviewResponse): A logged interview. Example: {'id': '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a',
                'candidate_id': '01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f', 'company': 'Harbor & Finch Capital', 'role_title':
                'Senior Financial Analyst', 'stage': 'final', 'format': 'onsite', 'occurred_at': '2026-11-24T09:00:00-05:00',
                'time_zone': 'America/New_York', 'duration_minutes': 60, 'interviewers': [{'name': 'Armin Vogel', 'title':
                'Finance Director', 'email': None}], 'questions': [{'question': 'What are your salary expectations?',
                'answer_summary': 'Froze and said I had not thought about it.', 'quality': 'blanked'}], 'strengths': ['Walked
                through the variance analysis case cleanly'], 'self_rating': 2, 'outcome': 'pending', 'employer_interest':
                'strong', 'notes': None, 'remote': None, 'remote_deleted_at': None, 'version': 1, 'created_at':
                '2026-11-24T17:10:00Z', 'updated_at': '2026-11-24T17:10:00Z'}.
            id (UUID): Unique per event; a webhook delivery carries it as `webhook-id`, so receivers can drop duplicates.
            workspace_id (UUID): The workspace the event happened in: one receiver can serve several workspaces.
            type_ (InterviewCreatedEventType): The event type: this member's only value.
     """

    api_version: str
    created_at: datetime.datetime
    data: InterviewResponse
    id: UUID
    workspace_id: UUID
    type_: InterviewCreatedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.interview_response import InterviewResponse # noqa: PLC0415
        api_version = self.api_version

        created_at = self.created_at.isoformat()

        data = self.data.to_dict()

        id = str(self.id)

        workspace_id = str(self.workspace_id)

        type_ = self.type_.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "api_version": api_version,
            "created_at": created_at,
            "data": data,
            "id": id,
            "workspace_id": workspace_id,
            "type": type_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interview_response import InterviewResponse # noqa: PLC0415
        d = dict(src_dict)
        api_version = d.pop("api_version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        data = InterviewResponse.from_dict(d.pop("data"))




        id = UUID(d.pop("id"))




        workspace_id = UUID(d.pop("workspace_id"))




        type_ = InterviewCreatedEventType(d.pop("type"))




        interview_created_event = cls(
            api_version=api_version,
            created_at=created_at,
            data=data,
            id=id,
            workspace_id=workspace_id,
            type_=type_,
        )


        interview_created_event.additional_properties = d
        return interview_created_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
