from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.invitable_role import InvitableRole
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CreateUserRequest")



@_attrs_define
class CreateUserRequest:
    """ Creates a coach or candidate user in the caller's workspace.

        Example:
            {'email': 'sam.okafor@example.com', 'display_name': 'Sam Okafor', 'role': 'candidate'}

        Attributes:
            display_name (str): 1–100 characters.
            email (str): Their e-mail address (login name); must not be registered yet.
            role (InvitableRole): The roles an owner can give to a new user.
            password (None | str | Unset): An initial password (10–128 characters). Omit it to have one generated and
                returned once.
     """

    display_name: str
    email: str
    role: InvitableRole
    password: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        email = self.email

        role = self.role.value

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "display_name": display_name,
            "email": email,
            "role": role,
        })
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        email = d.pop("email")

        role = InvitableRole(d.pop("role"))




        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))


        create_user_request = cls(
            display_name=display_name,
            email=email,
            role=role,
            password=password,
        )

        return create_user_request

