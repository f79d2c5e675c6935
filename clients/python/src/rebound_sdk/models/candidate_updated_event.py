from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.candidate_updated_event_type import CandidateUpdatedEventType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.candidate_response import CandidateResponse
  from ..models.candidate_updated_event_previous_attributes_type_0 import CandidateUpdatedEventPreviousAttributesType0





T = TypeVar("T", bound="CandidateUpdatedEvent")



@_attrs_define
class CandidateUpdatedEvent:
    """ `candidate.updated`: A candidate changed; `previous_attributes` holds the old values.

        Example:
            {'id': '01936f90-1c2d-7e3f-8a4b-5c6d7e8f9a0b', 'type': 'candidate.updated', 'created_at':
                '2026-11-25T10:15:00Z', 'workspace_id': '01936f8e-5a1b-7c2d-8e3f-4a5b6c7d8e9f', 'api_version': '2026-12-07',
                'data': {'id': '01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f', 'display_name': 'Jordan Reyes', 'email':
                'jordan.reyes@example.com', 'external_id': 'acme-user-48213', 'user_id': None, 'notes': 'Targeting senior
                financial analyst roles.', 'time_zone': 'America/New_York', 'locale': 'en', 'version': 1, 'created_at':
                '2026-11-25T09:30:00Z', 'updated_at': '2026-11-25T09:30:00Z'}, 'previous_attributes': {'version': 0}}

        Attributes:
            api_version (str): The API version `data` is shaped by (see the changelog).
            created_at (datetime.datetime):
            data (CandidateResponse): A candidate: a person preparing for, and recovering from, interviews. Example: {'id':
                '01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f', 'display_name': 'Jordan Reyes', 'email': 'jordan.reyes@example.com',
                'external_id': 'acme-user-48213', 'user_id': None, 'notes': 'Targeting senior financial analyst roles.',
                'time_zone': 'America/New_York', 'locale': 'en', 'version': 1, 'created_at': '2026-11-25T09:30:00Z',
                'updated_at': '2026-11-25T09:30:00Z'}.
            id (UUID): Unique per event; a webhook delivery carries it as `webhook-id`, so receivers can drop duplicates.
            type_ (CandidateUpdatedEventType): The event type: this member's only value.
            workspace_id (UUID): The workspace the event happened in: one receiver can serve several workspaces.
            previous_attributes (CandidateUpdatedEventPreviousAttributesType0 | None | Unset): `….updated` only: the
                attributes that changed, with their values before the change.
     """

    api_version: str
    created_at: datetime.datetime
    data: CandidateResponse
    id: UUID
    type_: CandidateUpdatedEventType
    workspace_id: UUID
    previous_attributes: CandidateUpdatedEventPreviousAttributesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate_response import CandidateResponse # noqa: PLC0415
        from ..models.candidate_updated_event_previous_attributes_type_0 import CandidateUpdatedEventPreviousAttributesType0 # noqa: PLC0415
        api_version = self.api_version

        created_at = self.created_at.isoformat()

        data = self.data.to_dict()

        id = str(self.id)

        type_ = self.type_.value

        workspace_id = str(self.workspace_id)

        previous_attributes: dict[str, Any] | None | Unset
        if isinstance(self.previous_attributes, Unset):
            previous_attributes = UNSET
        elif isinstance(self.previous_attributes, CandidateUpdatedEventPreviousAttributesType0):
            previous_attributes = self.previous_attributes.to_dict()
        else:
            previous_attributes = self.previous_attributes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "api_version": api_version,
            "created_at": created_at,
            "data": data,
            "id": id,
            "type": type_,
            "workspace_id": workspace_id,
        })
        if previous_attributes is not UNSET:
            field_dict["previous_attributes"] = previous_attributes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate_response import CandidateResponse # noqa: PLC0415
        from ..models.candidate_updated_event_previous_attributes_type_0 import CandidateUpdatedEventPreviousAttributesType0 # noqa: PLC0415
        d = dict(src_dict)
        api_version = d.pop("api_version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        data = CandidateResponse.from_dict(d.pop("data"))




        id = UUID(d.pop("id"))




        type_ = CandidateUpdatedEventType(d.pop("type"))




        workspace_id = UUID(d.pop("workspace_id"))




        def _parse_previous_attributes(data: object) -> CandidateUpdatedEventPreviousAttributesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previous_attributes_type_0 = CandidateUpdatedEventPreviousAttributesType0.from_dict(data)



                return previous_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CandidateUpdatedEventPreviousAttributesType0 | None | Unset, data)

        previous_attributes = _parse_previous_attributes(d.pop("previous_attributes", UNSET))


        candidate_updated_event = cls(
            api_version=api_version,
            created_at=created_at,
            data=data,
            id=id,
            type_=type_,
            workspace_id=workspace_id,
            previous_attributes=previous_attributes,
        )


        candidate_updated_event.additional_properties = d
        return candidate_updated_event

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
