from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recovery_plan_step_due_event_type import RecoveryPlanStepDueEventType
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.plan_step_event import PlanStepEvent





T = TypeVar("T", bound="RecoveryPlanStepDueEvent")



@_attrs_define
class RecoveryPlanStepDueEvent:
    """ `recovery_plan.step_due`: A pending step's due time passed: remind the candidate (sent once per step).

        Example:
            {'id': '01936f90-1c2d-7e3f-8a4b-5c6d7e8f9a0b', 'type': 'recovery_plan.step_due', 'created_at':
                '2026-11-25T10:15:00Z', 'workspace_id': '01936f8e-5a1b-7c2d-8e3f-4a5b6c7d8e9f', 'api_version': '2026-12-07',
                'data': {'interview_id': '01936f8e-9d5e-7f6a-8b7c-8d9e0f1a2b3c', 'plan_id':
                '01936f8f-0e6f-7a7b-9c8d-9e0f1a2b3c4d', 'step': {'id': '01936f8f-1f7a-7b8c-8d9e-0f1a2b3c4d5e', 'position': 3,
                'kind': 'follow_up_note', 'title': 'Send a thank-you note that sets the record straight', 'what_to_do': 'Send
                the drafted note today.', 'why': ['A thank-you note is basic courtesy and the natural place to set the record
                straight'], 'due_at': '2026-11-27T16:00:00Z', 'draft': None, 'status': 'pending', 'version': 1, 'updated_at':
                '2026-11-25T09:30:00Z'}}}

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
            workspace_id (UUID): The workspace the event happened in: one receiver can serve several workspaces.
            type_ (RecoveryPlanStepDueEventType): The event type: this member's only value.
     """

    api_version: str
    created_at: datetime.datetime
    data: PlanStepEvent
    id: UUID
    workspace_id: UUID
    type_: RecoveryPlanStepDueEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.plan_step_event import PlanStepEvent # noqa: PLC0415
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
        from ..models.plan_step_event import PlanStepEvent # noqa: PLC0415
        d = dict(src_dict)
        api_version = d.pop("api_version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        data = PlanStepEvent.from_dict(d.pop("data"))




        id = UUID(d.pop("id"))




        workspace_id = UUID(d.pop("workspace_id"))




        type_ = RecoveryPlanStepDueEventType(d.pop("type"))




        recovery_plan_step_due_event = cls(
            api_version=api_version,
            created_at=created_at,
            data=data,
            id=id,
            workspace_id=workspace_id,
            type_=type_,
        )


        recovery_plan_step_due_event.additional_properties = d
        return recovery_plan_step_due_event

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
