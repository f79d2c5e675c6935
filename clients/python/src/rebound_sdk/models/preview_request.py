from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.create_gaffe_request import CreateGaffeRequest
  from ..models.preview_interview import PreviewInterview





T = TypeVar("T", bound="PreviewRequest")



@_attrs_define
class PreviewRequest:
    """ What to assess: an interview draft and its gaffes, validated as if they were logged.

        Example:
            {'interview': {'company': 'Harbor & Finch Capital', 'role_title': 'Senior Financial Analyst', 'stage': 'final',
                'format': 'onsite', 'occurred_at': '2026-11-24T14:00:00Z', 'interviewers': [{'name': 'Armin Vogel'}],
                'questions': [{'question': 'What are your salary expectations?', 'quality': 'blanked'}], 'strengths': ['Clear
                walk-through of the variance case'], 'self_rating': 1}, 'gaffes': [{'kind': 'wrong_interviewer_name', 'noticed':
                'certain', 'moment': 'mid'}, {'kind': 'salary_blank', 'noticed': 'certain', 'moment': 'closing',
                'question_index': 0}]}

        Attributes:
            interview (PreviewInterview): An interview draft to assess without storing it: the fields of a logged interview,
                without candidate or links. Example: {'company': 'Harbor & Finch Capital', 'role_title': 'Senior Financial
                Analyst', 'stage': 'final', 'format': 'onsite', 'occurred_at': '2026-11-24T14:00:00Z', 'interviewers': [{'name':
                'Armin Vogel'}], 'self_rating': 1}.
            gaffes (list[CreateGaffeRequest] | Unset): Up to 50.
     """

    interview: PreviewInterview
    gaffes: list[CreateGaffeRequest] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.create_gaffe_request import CreateGaffeRequest # noqa: PLC0415
        from ..models.preview_interview import PreviewInterview # noqa: PLC0415
        interview = self.interview.to_dict()

        gaffes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gaffes, Unset):
            gaffes = []
            for gaffes_item_data in self.gaffes:
                gaffes_item = gaffes_item_data.to_dict()
                gaffes.append(gaffes_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "interview": interview,
        })
        if gaffes is not UNSET:
            field_dict["gaffes"] = gaffes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_gaffe_request import CreateGaffeRequest # noqa: PLC0415
        from ..models.preview_interview import PreviewInterview # noqa: PLC0415
        d = dict(src_dict)
        interview = PreviewInterview.from_dict(d.pop("interview"))




        _gaffes = d.pop("gaffes", UNSET)
        gaffes: list[CreateGaffeRequest] | Unset = UNSET
        if _gaffes is not UNSET:
            gaffes = []
            for gaffes_item_data in _gaffes:
                gaffes_item = CreateGaffeRequest.from_dict(gaffes_item_data)



                gaffes.append(gaffes_item)


        preview_request = cls(
            interview=interview,
            gaffes=gaffes,
        )

        return preview_request

