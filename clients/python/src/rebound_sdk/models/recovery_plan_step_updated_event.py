from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recovery_plan_step_updated_event_type import RecoveryPlanStepUpdatedEventType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.plan_step_event import PlanStepEvent
  from ..models.recovery_plan_step_updated_event_previous_attributes_type_0 import RecoveryPlanStepUpdatedEventPreviousAttributesType0





T = TypeVar("T", bound="RecoveryPlanStepUpdatedEvent")



@_attrs_define
class RecoveryPlanStepUpdatedEvent:
    """ `recovery_plan.step_updated`: A plan step's status changed; `previous_attributes.step` holds the step before.

        Example:
            {'id': '01936f90-1c2d-7e3f-8a4b-5c6d7e8f9a0b', 'type': 'recovery_plan.step_updated', 'created_at':
                '2026-11-25T10:15:00Z', 'workspace_id': '01936f8e-5a1b-7c2d-8e3f-4a5b6c7d8e9f', 'api_version': '2026-12-07',
                'data': {'interview_id': '01936f8e-9d5e-7f6a-8b7c-8d9e0f1a2b3c', 'plan_id':
                '01936f8f-0e6f-7a7b-9c8d-9e0f1a2b3c4d', 'step': {'id': '01936f8f-1f7a-7b8c-8d9e-0f1a2b3c4d5e', 'position': 3,
                'kind': 'follow_up_note', 'title': 'Send a thank-you note that sets the record straight', 'what_to_do': 'Send
                the drafted note today.', 'why': ['A thank-you note is basic courtesy and the natural place to set the record
                straight'], 'due_at': '2026-11-27T16:00:00Z', 'draft': None, 'status': 'pending', 'version': 1, 'updated_at':
                '2026-11-25T09:30:00Z'}}, 'previous_attributes': {'step': {'status': 'pending'}}}

        Attributes:
            api_version (str): The API version `data` is shaped by (see the changelog).
            created_at (datetime.datetime):
            data (PlanStepEvent): What a `recovery_plan.step_updated` or `recovery_plan.step_due` event carries. Example:
                {'interview_id': '01936f8e-9d5e-7f6a-8b7c-8d9e0f1a2b3c', 'plan_id': '01936f8f-0e6f-7a7b-9c8d-9e0f1a2b3c4d',
                'step': {'id': '01936f8f-1f7a-7b8c-8d9e-0f1a2b3c4d5e', 'position': 3, 'kind': 'follow_up_note', 'title': 'Send a
                thank-you note that sets the record straight', 'what_to_do': 'Send the drafted note today.', 'why': ['A thank-
                you note is basic courtesy and the natural place to set the record straight'], 'due_at': '2026-11-27T16:00:00Z',
                'draft': None, 'status': 'pending', 'version': 1, 'updated_at': '2026-11-25T09:30:00Z'}}.
            id (UUID): Unique per event; a webhook delivery carries it as `webhook-id`, so receivers can drop duplicates.
            type_ (RecoveryPlanStepUpdatedEventType): The event type: this member's only value.
            workspace_id (UUID): The workspace the event happened in: one receiver can serve several workspaces.
            previous_attributes (None | RecoveryPlanStepUpdatedEventPreviousAttributesType0 | Unset): `….updated` only: the
                attributes that changed, with their values before the change.
     """

    api_version: str
    created_at: datetime.datetime
    data: PlanStepEvent
    id: UUID
    type_: RecoveryPlanStepUpdatedEventType
    workspace_id: UUID
    previous_attributes: None | RecoveryPlanStepUpdatedEventPreviousAttributesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.plan_step_event import PlanStepEvent # noqa: PLC0415
        from ..models.recovery_plan_step_updated_event_previous_attributes_type_0 import RecoveryPlanStepUpdatedEventPreviousAttributesType0 # noqa: PLC0415
        api_version = self.api_version

        created_at = self.created_at.isoformat()

        data = self.data.to_dict()

        id = str(self.id)

        type_ = self.type_.value

        workspace_id = str(self.workspace_id)

        previous_attributes: dict[str, Any] | None | Unset
        if isinstance(self.previous_attributes, Unset):
            previous_attributes = UNSET
        elif isinstance(self.previous_attributes, RecoveryPlanStepUpdatedEventPreviousAttributesType0):
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
        from ..models.plan_step_event import PlanStepEvent # noqa: PLC0415
        from ..models.recovery_plan_step_updated_event_previous_attributes_type_0 import RecoveryPlanStepUpdatedEventPreviousAttributesType0 # noqa: PLC0415
        d = dict(src_dict)
        api_version = d.pop("api_version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        data = PlanStepEvent.from_dict(d.pop("data"))




        id = UUID(d.pop("id"))




        type_ = RecoveryPlanStepUpdatedEventType(d.pop("type"))




        workspace_id = UUID(d.pop("workspace_id"))




        def _parse_previous_attributes(data: object) -> None | RecoveryPlanStepUpdatedEventPreviousAttributesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previous_attributes_type_0 = RecoveryPlanStepUpdatedEventPreviousAttributesType0.from_dict(data)



                return previous_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecoveryPlanStepUpdatedEventPreviousAttributesType0 | Unset, data)

        previous_attributes = _parse_previous_attributes(d.pop("previous_attributes", UNSET))


        recovery_plan_step_updated_event = cls(
            api_version=api_version,
            created_at=created_at,
            data=data,
            id=id,
            type_=type_,
            workspace_id=workspace_id,
            previous_attributes=previous_attributes,
        )


        recovery_plan_step_updated_event.additional_properties = d
        return recovery_plan_step_updated_event

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
