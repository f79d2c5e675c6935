from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="UserResponse")



@_attrs_define
class UserResponse:
    """ A user of the workspace.

        Example:
            {'id': '01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f', 'email': 'maya.chen@example.com', 'display_name': 'Maya Chen',
                'role': 'owner', 'version': 1, 'created_at': '2026-11-25T09:30:00Z', 'updated_at': '2026-11-25T09:30:00Z'}

        Attributes:
            created_at (datetime.datetime):
            display_name (str):
            email (str): Login name, lowercased.
            id (UUID):
            role (Role | str): `owner`, `coach` or `candidate`. Clients must tolerate new values.
            updated_at (datetime.datetime):
            version (int): Increases with every change; also sent as the `ETag`.
     """

    created_at: datetime.datetime
    display_name: str
    email: str
    id: UUID
    role: Role | str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        display_name = self.display_name

        email = self.email

        id = str(self.id)

        role: str
        if isinstance(self.role, Role):
            role = self.role.value
        else:
            role = self.role

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "display_name": display_name,
            "email": email,
            "id": id,
            "role": role,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        display_name = d.pop("display_name")

        email = d.pop("email")

        id = UUID(d.pop("id"))




        def _parse_role(data: object) -> Role | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = Role(data)



                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Role | str, data)

        role = _parse_role(d.pop("role"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        user_response = cls(
            created_at=created_at,
            display_name=display_name,
            email=email,
            id=id,
            role=role,
            updated_at=updated_at,
            version=version,
        )


        user_response.additional_properties = d
        return user_response

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
