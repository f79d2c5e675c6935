from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="ReviewNoteRequest")



@_attrs_define
class ReviewNoteRequest:
    """ A follow-up note to review.

        Example:
            {'text': "Dear Arnold,\\n\\nThank you for meeting with me about the Senior Financial Analyst role. I'm so sorry
                about the salary question, I was nervous. Sorry again!\\n\\nI remain very interested in the role.\\n\\nKind
                regards,\\nJordan", 'interview_id': '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a'}

        Attributes:
            text (str): The note, 1–10,000 characters. Finding spans are character offsets into exactly this text.
            interview_id (None | Unset | UUID): The interview the note follows up on. With it, the review also checks the
                names in the salutation against
                the logged interviewers and flags mentions of slips they probably did not notice.
            locale (None | str | Unset): The language the note is written in, BCP 47: `en` or `fr-CA` (use `fr-CA` for a
                note in any variety of
                French). It picks the rules (English phrases, or French ones with elision, feminine forms, « ne … pas » and
                accents typed or not). Absent: the language `Accept-Language` negotiated, the one the findings are written in.
                Any other value is refused (422). Example: fr-CA.
     """

    text: str
    interview_id: None | Unset | UUID = UNSET
    locale: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        text = self.text

        interview_id: None | str | Unset
        if isinstance(self.interview_id, Unset):
            interview_id = UNSET
        elif isinstance(self.interview_id, UUID):
            interview_id = str(self.interview_id)
        else:
            interview_id = self.interview_id

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "text": text,
        })
        if interview_id is not UNSET:
            field_dict["interview_id"] = interview_id
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_interview_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interview_id_type_0 = UUID(data)



                return interview_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        interview_id = _parse_interview_id(d.pop("interview_id", UNSET))


        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))


        review_note_request = cls(
            text=text,
            interview_id=interview_id,
            locale=locale,
        )

        return review_note_request

