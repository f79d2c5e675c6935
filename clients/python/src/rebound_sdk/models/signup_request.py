from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.locale_tag import LocaleTag
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SignupRequest")



@_attrs_define
class SignupRequest:
    """ Creates a workspace and its owner.

        Example:
            {'workspace_name': 'Northside Career Coaching', 'email': 'maya.chen@example.com', 'password': 'correct horse
                battery staple', 'display_name': 'Maya Chen'}

        Attributes:
            display_name (str): How the owner is shown to others, 1–100 characters.
            email (str): The owner's e-mail address; it is their login name and must not be registered yet.
            password (str): The owner's password, 10–128 characters.
            workspace_name (str): Name of the new workspace, 1–100 characters.
            locale (LocaleTag | None | Unset):
     """

    display_name: str
    email: str
    password: str
    workspace_name: str
    locale: LocaleTag | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        email = self.email

        password = self.password

        workspace_name = self.workspace_name

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, LocaleTag):
            locale = self.locale.value
        else:
            locale = self.locale


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "display_name": display_name,
            "email": email,
            "password": password,
            "workspace_name": workspace_name,
        })
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        email = d.pop("email")

        password = d.pop("password")

        workspace_name = d.pop("workspace_name")

        def _parse_locale(data: object) -> LocaleTag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locale_type_0 = LocaleTag(data)



                return locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocaleTag | None | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))


        signup_request = cls(
            display_name=display_name,
            email=email,
            password=password,
            workspace_name=workspace_name,
            locale=locale,
        )

        return signup_request

