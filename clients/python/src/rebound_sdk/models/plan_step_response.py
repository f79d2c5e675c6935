from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.step_kind import StepKind
from ..models.step_status import StepStatus
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="PlanStepResponse")



@_attrs_define
class PlanStepResponse:
    """ One step of a stored recovery plan.

        Example:
            {'id': '01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b33', 'position': 3, 'kind': 'follow_up_note', 'title': 'Send a short
                thank-you note', 'what_to_do': 'Send the note below to Armin Vogel with the subject “Thank you for the Senior
                Financial Analyst interview”. Fill in the bracketed placeholders and keep it short; do not add apologies or
                explanations. Send it by Wed 25 Nov 2026, 14:00 UTC.', 'why': ['A thank-you note is basic courtesy and the
                natural place to set the record straight', 'It repairs: wrong interviewer name (noticed: certain)', 'It repairs:
                no answer on salary (noticed: certain)'], 'due_at': '2026-11-25T14:00:00Z', 'draft': 'Dear Armin,\\n\\nMany
                thanks for meeting with me about the Senior Financial Analyst role at Harbor & Finch Capital. I particularly
                enjoyed walking through the variance analysis case with you.\\n\\nOn compensation: having researched the market
                for this role, I would be looking for a salary in the range of [your range].\\n\\nThe position is exactly the
                kind of work I am eager to take on at Harbor & Finch Capital. I look forward to your decision.\\n\\nWith kind
                regards,\\n[Your name]', 'status': 'done', 'version': 2, 'updated_at': '2026-11-25T15:02:00Z'}

        Attributes:
            due_at (datetime.datetime): When to do it by; never before the plan was made. Worked out on the candidate's
                local clock (the
                interview's time zone, else the candidate's, else UTC): a step a day later keeps its local time across a
                clock change, a deadline that would fall between 21:00 and 08:00 moves to 09:00, and a reference tip-off
                (and a second-interview request) that would fall on a weekend moves to Monday 09:00.
            id (UUID): The step's id.
            kind (StepKind | str): What kind of step this is; clients should tolerate new kinds.
            position (int): Its place in the plan, from 1; steps are in the order to take them and their due times never go
                backwards.
            status (StepStatus | str): `pending`, `done` or `skipped`.
            title (str): A short imperative title.
            updated_at (datetime.datetime): When the status last changed (or the step was created).
            version (int): Increases with every status change; also sent as the `ETag` of the step.
            what_to_do (str): What to do, concretely; may span several lines, one per prompt or item.
            why (list[str]): The logged gaffes and conditions that triggered the step.
            draft (None | str | Unset): A ready-to-edit text: the note for `follow_up_note`, the message for
                `reference_tip_off`; `null` otherwise.
     """

    due_at: datetime.datetime
    id: UUID
    kind: StepKind | str
    position: int
    status: StepStatus | str
    title: str
    updated_at: datetime.datetime
    version: int
    what_to_do: str
    why: list[str]
    draft: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        due_at = self.due_at.isoformat()

        id = str(self.id)

        kind: str
        if isinstance(self.kind, StepKind):
            kind = self.kind.value
        else:
            kind = self.kind

        position = self.position

        status: str
        if isinstance(self.status, StepStatus):
            status = self.status.value
        else:
            status = self.status

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        what_to_do = self.what_to_do

        why = self.why



        draft: None | str | Unset
        if isinstance(self.draft, Unset):
            draft = UNSET
        else:
            draft = self.draft


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "due_at": due_at,
            "id": id,
            "kind": kind,
            "position": position,
            "status": status,
            "title": title,
            "updated_at": updated_at,
            "version": version,
            "what_to_do": what_to_do,
            "why": why,
        })
        if draft is not UNSET:
            field_dict["draft"] = draft

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_at = datetime.datetime.fromisoformat(d.pop("due_at"))




        id = UUID(d.pop("id"))




        def _parse_kind(data: object) -> StepKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = StepKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(StepKind | str, data)

        kind = _parse_kind(d.pop("kind"))


        position = d.pop("position")

        def _parse_status(data: object) -> StepStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = StepStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(StepStatus | str, data)

        status = _parse_status(d.pop("status"))


        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        what_to_do = d.pop("what_to_do")

        why = cast(list[str], d.pop("why"))


        def _parse_draft(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        draft = _parse_draft(d.pop("draft", UNSET))


        plan_step_response = cls(
            due_at=due_at,
            id=id,
            kind=kind,
            position=position,
            status=status,
            title=title,
            updated_at=updated_at,
            version=version,
            what_to_do=what_to_do,
            why=why,
            draft=draft,
        )


        plan_step_response.additional_properties = d
        return plan_step_response

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
