from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.invitable_role import InvitableRole
from ..types import UNSET, Unset






T = TypeVar("T", bound="UpdateUserRequest")



@_attrs_define
class UpdateUserRequest:
    """ Changes a user's display name or role; fields left out stay as they are.

        Example:
            {'role': 'coach'}

        Attributes:
            display_name (str | Unset): 1–100 characters.
            role (InvitableRole | Unset): The roles an owner can give to a new user.
     """

    display_name: str | Unset = UNSET
    role: InvitableRole | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name", UNSET)

        _role = d.pop("role", UNSET)
        role: InvitableRole | Unset
        if isinstance(_role,  Unset):
            role = UNSET
        else:
            role = InvitableRole(_role)




        update_user_request = cls(
            display_name=display_name,
            role=role,
        )

        return update_user_request

