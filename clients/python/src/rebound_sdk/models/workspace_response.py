from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.locale_tag import LocaleTag
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="WorkspaceResponse")



@_attrs_define
class WorkspaceResponse:
    """ A workspace: the tenant that owns users, candidates and interviews.

        Example:
            {'id': '01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f', 'name': 'Northside Career Coaching', 'created_at':
                '2026-11-25T09:30:00Z', 'locale': 'en'}

        Attributes:
            created_at (datetime.datetime):
            id (UUID):
            locale (LocaleTag | str): The language a new candidate gets when none is given (`en` unless set at sign-up or
                changed with
                `PATCH /v1/me/workspace`); changing it leaves existing candidates as they are.
            name (str): Display name of the workspace.
     """

    created_at: datetime.datetime
    id: UUID
    locale: LocaleTag | str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        locale: str
        if isinstance(self.locale, LocaleTag):
            locale = self.locale.value
        else:
            locale = self.locale

        name = self.name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "id": id,
            "locale": locale,
            "name": name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = UUID(d.pop("id"))




        def _parse_locale(data: object) -> LocaleTag | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locale_type_0 = LocaleTag(data)



                return locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocaleTag | str, data)

        locale = _parse_locale(d.pop("locale"))


        name = d.pop("name")

        workspace_response = cls(
            created_at=created_at,
            id=id,
            locale=locale,
            name=name,
        )


        workspace_response.additional_properties = d
        return workspace_response

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
