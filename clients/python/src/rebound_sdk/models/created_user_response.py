from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.user_response import UserResponse





T = TypeVar("T", bound="CreatedUserResponse")



@_attrs_define
class CreatedUserResponse:
    """ The created user, with the generated password when none was given.

        Example:
            {'user': {'id': '01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f', 'email': 'sam.okafor@example.com', 'display_name': 'Sam
                Okafor', 'role': 'candidate', 'version': 1, 'created_at': '2026-11-25T09:30:00Z', 'updated_at':
                '2026-11-25T09:30:00Z'}, 'initial_password': 'q7RvX2mK9pL4sT8wZ1cB'}

        Attributes:
            user (UserResponse): A user of the workspace. Example: {'id': '01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f', 'email':
                'maya.chen@example.com', 'display_name': 'Maya Chen', 'role': 'owner', 'version': 1, 'created_at':
                '2026-11-25T09:30:00Z', 'updated_at': '2026-11-25T09:30:00Z'}.
            initial_password (None | str | Unset): Shown only in this response, and only when the request had no password.
                Pass it to the user securely.
     """

    user: UserResponse
    initial_password: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.user_response import UserResponse # noqa: PLC0415
        user = self.user.to_dict()

        initial_password: None | str | Unset
        if isinstance(self.initial_password, Unset):
            initial_password = UNSET
        else:
            initial_password = self.initial_password


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "user": user,
        })
        if initial_password is not UNSET:
            field_dict["initial_password"] = initial_password

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_response import UserResponse # noqa: PLC0415
        d = dict(src_dict)
        user = UserResponse.from_dict(d.pop("user"))




        def _parse_initial_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_password = _parse_initial_password(d.pop("initial_password", UNSET))


        created_user_response = cls(
            user=user,
            initial_password=initial_password,
        )


        created_user_response.additional_properties = d
        return created_user_response

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
