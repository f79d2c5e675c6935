from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.candidate_created_event import CandidateCreatedEvent
  from ..models.candidate_deleted_event import CandidateDeletedEvent
  from ..models.candidate_updated_event import CandidateUpdatedEvent
  from ..models.gaffe_created_event import GaffeCreatedEvent
  from ..models.gaffe_deleted_event import GaffeDeletedEvent
  from ..models.gaffe_updated_event import GaffeUpdatedEvent
  from ..models.interview_created_event import InterviewCreatedEvent
  from ..models.interview_deleted_event import InterviewDeletedEvent
  from ..models.interview_updated_event import InterviewUpdatedEvent
  from ..models.ping_event import PingEvent
  from ..models.recovery_plan_created_event import RecoveryPlanCreatedEvent
  from ..models.recovery_plan_step_due_event import RecoveryPlanStepDueEvent
  from ..models.recovery_plan_step_updated_event import RecoveryPlanStepUpdatedEvent





T = TypeVar("T", bound="EventList")



@_attrs_define
class EventList:
    """ A page of events: newest first, or oldest change first in the sync form (`created_after`, `changes_after`).

        Example:
            {'data': [{'id': '01936f90-1c2d-7e3f-8a4b-5c6d7e8f9a0b', 'type': 'candidate.created', 'created_at':
                '2026-11-25T09:30:00Z', 'workspace_id': '01936f8e-5a1b-7c2d-8e3f-4a5b6c7d8e9f', 'api_version': '2026-12-07',
                'data': {'id': '01936f8e-8c4d-7e5f-9a6b-7c8d9e0f1a2b', 'display_name': 'Jordan Reyes', 'email':
                'jordan.reyes@example.com', 'external_id': 'acme-user-48213', 'user_id': None, 'notes': None, 'locale': 'en',
                'version': 1, 'created_at': '2026-11-25T09:30:00Z', 'updated_at': '2026-11-25T09:30:00Z'}}], 'next_cursor':
                None}

        Attributes:
            data (list[CandidateCreatedEvent | CandidateDeletedEvent | CandidateUpdatedEvent | GaffeCreatedEvent |
                GaffeDeletedEvent | GaffeUpdatedEvent | InterviewCreatedEvent | InterviewDeletedEvent | InterviewUpdatedEvent |
                PingEvent | RecoveryPlanCreatedEvent | RecoveryPlanStepDueEvent | RecoveryPlanStepUpdatedEvent]):
            changes_cursor (str | Unset): Sync form of the list only (`changes_after`, or an `_after` filter of a change
                time): where this page ends in change order. Pass it as `changes_after` to get the next page, and keep it to
                poll again later: the next poll lists every change committed since, including one whose transaction began before
                this page was read.
            next_cursor (None | str | Unset): Pass as `cursor` to get the next page; `null` on the last page.
     """

    data: list[CandidateCreatedEvent | CandidateDeletedEvent | CandidateUpdatedEvent | GaffeCreatedEvent | GaffeDeletedEvent | GaffeUpdatedEvent | InterviewCreatedEvent | InterviewDeletedEvent | InterviewUpdatedEvent | PingEvent | RecoveryPlanCreatedEvent | RecoveryPlanStepDueEvent | RecoveryPlanStepUpdatedEvent]
    changes_cursor: str | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate_created_event import CandidateCreatedEvent # noqa: PLC0415
        from ..models.candidate_deleted_event import CandidateDeletedEvent # noqa: PLC0415
        from ..models.candidate_updated_event import CandidateUpdatedEvent # noqa: PLC0415
        from ..models.gaffe_created_event import GaffeCreatedEvent # noqa: PLC0415
        from ..models.gaffe_deleted_event import GaffeDeletedEvent # noqa: PLC0415
        from ..models.gaffe_updated_event import GaffeUpdatedEvent # noqa: PLC0415
        from ..models.interview_created_event import InterviewCreatedEvent # noqa: PLC0415
        from ..models.interview_deleted_event import InterviewDeletedEvent # noqa: PLC0415
        from ..models.interview_updated_event import InterviewUpdatedEvent # noqa: PLC0415
        from ..models.ping_event import PingEvent # noqa: PLC0415
        from ..models.recovery_plan_created_event import RecoveryPlanCreatedEvent # noqa: PLC0415
        from ..models.recovery_plan_step_due_event import RecoveryPlanStepDueEvent # noqa: PLC0415
        from ..models.recovery_plan_step_updated_event import RecoveryPlanStepUpdatedEvent # noqa: PLC0415
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, CandidateCreatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CandidateUpdatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CandidateDeletedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, InterviewCreatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, InterviewUpdatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, InterviewDeletedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, GaffeCreatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, GaffeUpdatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, GaffeDeletedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, RecoveryPlanCreatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, RecoveryPlanStepUpdatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, RecoveryPlanStepDueEvent):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)



        changes_cursor = self.changes_cursor

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "data": data,
        })
        if changes_cursor is not UNSET:
            field_dict["changes_cursor"] = changes_cursor
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate_created_event import CandidateCreatedEvent # noqa: PLC0415
        from ..models.candidate_deleted_event import CandidateDeletedEvent # noqa: PLC0415
        from ..models.candidate_updated_event import CandidateUpdatedEvent # noqa: PLC0415
        from ..models.gaffe_created_event import GaffeCreatedEvent # noqa: PLC0415
        from ..models.gaffe_deleted_event import GaffeDeletedEvent # noqa: PLC0415
        from ..models.gaffe_updated_event import GaffeUpdatedEvent # noqa: PLC0415
        from ..models.interview_created_event import InterviewCreatedEvent # noqa: PLC0415
        from ..models.interview_deleted_event import InterviewDeletedEvent # noqa: PLC0415
        from ..models.interview_updated_event import InterviewUpdatedEvent # noqa: PLC0415
        from ..models.ping_event import PingEvent # noqa: PLC0415
        from ..models.recovery_plan_created_event import RecoveryPlanCreatedEvent # noqa: PLC0415
        from ..models.recovery_plan_step_due_event import RecoveryPlanStepDueEvent # noqa: PLC0415
        from ..models.recovery_plan_step_updated_event import RecoveryPlanStepUpdatedEvent # noqa: PLC0415
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in (_data):
            def _parse_data_item(data: object) -> CandidateCreatedEvent | CandidateDeletedEvent | CandidateUpdatedEvent | GaffeCreatedEvent | GaffeDeletedEvent | GaffeUpdatedEvent | InterviewCreatedEvent | InterviewDeletedEvent | InterviewUpdatedEvent | PingEvent | RecoveryPlanCreatedEvent | RecoveryPlanStepDueEvent | RecoveryPlanStepUpdatedEvent:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_envelope_type_0 = CandidateCreatedEvent.from_dict(data)



                    return componentsschemas_event_envelope_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_envelope_type_1 = CandidateUpdatedEvent.from_dict(data)



                    return componentsschemas_event_envelope_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_envelope_type_2 = CandidateDeletedEvent.from_dict(data)



                    return componentsschemas_event_envelope_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_envelope_type_3 = InterviewCreatedEvent.from_dict(data)



                    return componentsschemas_event_envelope_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_envelope_type_4 = InterviewUpdatedEvent.from_dict(data)



                    return componentsschemas_event_envelope_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_envelope_type_5 = InterviewDeletedEvent.from_dict(data)



                    return componentsschemas_event_envelope_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_envelope_type_6 = GaffeCreatedEvent.from_dict(data)



                    return componentsschemas_event_envelope_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_envelope_type_7 = GaffeUpdatedEvent.from_dict(data)



                    return componentsschemas_event_envelope_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_envelope_type_8 = GaffeDeletedEvent.from_dict(data)



                    return componentsschemas_event_envelope_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_envelope_type_9 = RecoveryPlanCreatedEvent.from_dict(data)



                    return componentsschemas_event_envelope_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_envelope_type_10 = RecoveryPlanStepUpdatedEvent.from_dict(data)



                    return componentsschemas_event_envelope_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_envelope_type_11 = RecoveryPlanStepDueEvent.from_dict(data)



                    return componentsschemas_event_envelope_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_envelope_type_12 = PingEvent.from_dict(data)



                return componentsschemas_event_envelope_type_12

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)


        changes_cursor = d.pop("changes_cursor", UNSET)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))


        event_list = cls(
            data=data,
            changes_cursor=changes_cursor,
            next_cursor=next_cursor,
        )


        event_list.additional_properties = d
        return event_list

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
