from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.plan_step_response import PlanStepResponse





T = TypeVar("T", bound="PlanStepEvent")



@_attrs_define
class PlanStepEvent:
    """ What a `recovery_plan.step_updated` or `recovery_plan.step_due` event carries.

        Example:
            {'interview_id': '01936f8e-9d5e-7f6a-8b7c-8d9e0f1a2b3c', 'plan_id': '01936f8f-0e6f-7a7b-9c8d-9e0f1a2b3c4d',
                'step': {'id': '01936f8f-1f7a-7b8c-8d9e-0f1a2b3c4d5e', 'position': 3, 'kind': 'follow_up_note', 'title': 'Send a
                thank-you note that sets the record straight', 'what_to_do': 'Send the drafted note today.', 'why': ['A thank-
                you note is basic courtesy and the natural place to set the record straight'], 'due_at': '2026-11-27T16:00:00Z',
                'draft': None, 'status': 'pending', 'version': 1, 'updated_at': '2026-11-25T09:30:00Z'}}

        Attributes:
            interview_id (UUID):
            plan_id (UUID):
            step (PlanStepResponse): One step of a stored recovery plan. Example: {'id':
                '01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b33', 'position': 3, 'kind': 'follow_up_note', 'title': 'Send a short thank-
                you note', 'what_to_do': 'Send the note below to Armin Vogel with the subject “Thank you for the Senior
                Financial Analyst interview”. Fill in the bracketed placeholders and keep it short; do not add apologies or
                explanations. Send it by Wed 25 Nov 2026, 14:00 UTC.', 'why': ['A thank-you note is basic courtesy and the
                natural place to set the record straight', 'It repairs: wrong interviewer name (noticed: certain)', 'It repairs:
                no answer on salary (noticed: certain)'], 'due_at': '2026-11-25T14:00:00Z', 'draft': 'Dear Armin,\\n\\nMany
                thanks for meeting with me about the Senior Financial Analyst role at Harbor & Finch Capital. I particularly
                enjoyed walking through the variance analysis case with you.\\n\\nOn compensation: having researched the market
                for this role, I would be looking for a salary in the range of [your range].\\n\\nThe position is exactly the
                kind of work I am eager to take on at Harbor & Finch Capital. I look forward to your decision.\\n\\nWith kind
                regards,\\n[Your name]', 'status': 'done', 'version': 2, 'updated_at': '2026-11-25T15:02:00Z'}.
     """

    interview_id: UUID
    plan_id: UUID
    step: PlanStepResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.plan_step_response import PlanStepResponse # noqa: PLC0415
        interview_id = str(self.interview_id)

        plan_id = str(self.plan_id)

        step = self.step.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "interview_id": interview_id,
            "plan_id": plan_id,
            "step": step,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_step_response import PlanStepResponse # noqa: PLC0415
        d = dict(src_dict)
        interview_id = UUID(d.pop("interview_id"))




        plan_id = UUID(d.pop("plan_id"))




        step = PlanStepResponse.from_dict(d.pop("step"))




        plan_step_event = cls(
            interview_id=interview_id,
            plan_id=plan_id,
            step=step,
        )


        plan_step_event.additional_properties = d
        return plan_step_event

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
