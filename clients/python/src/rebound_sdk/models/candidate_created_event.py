from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.candidate_created_event_type import CandidateCreatedEventType
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.candidate_response import CandidateResponse





T = TypeVar("T", bound="CandidateCreatedEvent")



@_attrs_define
class CandidateCreatedEvent:
    """ `candidate.created`: A candidate was created.

        Example:
            {'id': '01936f90-1c2d-7e3f-8a4b-5c6d7e8f9a0b', 'type': 'candidate.created', 'created_at':
                '2026-11-25T10:15:00Z', 'workspace_id': '01936f8e-5a1b-7c2d-8e3f-4a5b6c7d8e9f', 'api_version': '2026-12-07',
                'data': {'id': '01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f', 'display_name': 'Jordan Reyes', 'email':
                'jordan.reyes@example.com', 'external_id': 'acme-user-48213', 'user_id': None, 'notes': 'Targeting senior
                financial analyst roles.', 'time_zone': 'America/New_York', 'locale': 'en', 'version': 1, 'created_at':
                '2026-11-25T09:30:00Z', 'updated_at': '2026-11-25T09:30:00Z'}}

        Attributes:
            api_version (str): The API version `data` is shaped by (see the changelog).
            created_at (datetime.datetime):
            data (CandidateResponse): A candidate: a person preparing for, and recovering from, interviews. Example: {'id':
                '01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f', 'display_name': 'Jordan Reyes', 'email': 'jordan.reyes@example.com',
                'external_id': 'acme-user-48213', 'user_id': None, 'notes': 'Targeting senior financial analyst roles.',
                'time_zone': 'America/New_York', 'locale': 'en', 'version': 1, 'created_at': '2026-11-25T09:30:00Z',
                'updated_at': '2026-11-25T09:30:00Z'}.
            id (UUID): Unique per event; a webhook delivery carries it as `webhook-id`, so receivers can drop duplicates.
            workspace_id (UUID): The workspace the event happened in: one receiver can serve several workspaces.
            type_ (CandidateCreatedEventType): The event type: this member's only value.
     """

    api_version: str
    created_at: datetime.datetime
    data: CandidateResponse
    id: UUID
    workspace_id: UUID
    type_: CandidateCreatedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate_response import CandidateResponse # noqa: PLC0415
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
        from ..models.candidate_response import CandidateResponse # noqa: PLC0415
        d = dict(src_dict)
        api_version = d.pop("api_version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        data = CandidateResponse.from_dict(d.pop("data"))




        id = UUID(d.pop("id"))




        workspace_id = UUID(d.pop("workspace_id"))




        type_ = CandidateCreatedEventType(d.pop("type"))




        candidate_created_event = cls(
            api_version=api_version,
            created_at=created_at,
            data=data,
            id=id,
            workspace_id=workspace_id,
            type_=type_,
        )


        candidate_created_event.additional_properties = d
        return candidate_created_event

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
