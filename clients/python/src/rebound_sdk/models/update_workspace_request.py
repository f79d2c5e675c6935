from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.locale_tag import LocaleTag
from ..types import UNSET, Unset






T = TypeVar("T", bound="UpdateWorkspaceRequest")



@_attrs_define
class UpdateWorkspaceRequest:
    """ Changes the caller's workspace. Absent fields stay as they are.

        Example:
            {'locale': 'fr-CA'}

        Attributes:
            locale (LocaleTag | Unset): A language Rebound writes candidate-facing texts in, as a BCP 47 tag: `en` (English)
                or `fr-CA` (Canadian
                French). Sent case-insensitively (`fr-ca` is `fr-CA`); always answered as spelled here. Clients should tolerate
                new languages. Example: fr-CA.
     """

    locale: LocaleTag | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        locale: str | Unset = UNSET
        if not isinstance(self.locale, Unset):
            locale = self.locale.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _locale = d.pop("locale", UNSET)
        locale: LocaleTag | Unset
        if isinstance(_locale,  Unset):
            locale = UNSET
        else:
            locale = LocaleTag(_locale)




        update_workspace_request = cls(
            locale=locale,
        )

        return update_workspace_request

