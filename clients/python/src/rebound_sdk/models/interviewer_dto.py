from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="InterviewerDto")



@_attrs_define
class InterviewerDto:
    """ Someone who interviewed the candidate. Spell the name exactly: the follow-up note is addressed with it.

        Example:
            {'name': 'Armin Vogel', 'title': 'Finance Director', 'email': 'armin.vogel@example.com'}

        Attributes:
            name (str): 1–100 characters.
            email (None | str | Unset):
            title (None | str | Unset): Up to 100 characters: a job title, or the courtesy title or honorific the follow-up
                note may greet them by
                (`Dr`, `Ms`, `Mr`: "Dear Dr Vogel"; in French `Madame`, `Mme`, `Monsieur`, `M.`: « Madame Tremblay, »). A French
                note never guesses a courtesy title from a first name: without one it greets by full name.
     """

    name: str
    email: None | str | Unset = UNSET
    title: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
        })
        if email is not UNSET:
            field_dict["email"] = email
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        interviewer_dto = cls(
            name=name,
            email=email,
            title=title,
        )

        return interviewer_dto

