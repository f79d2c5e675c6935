from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.user_response import UserResponse
  from ..models.workspace_response import WorkspaceResponse





T = TypeVar("T", bound="SignupResponse")



@_attrs_define
class SignupResponse:
    """ The new workspace and its owner.

        Example:
            {'workspace': {'id': '01936f8e-5a1b-7c2d-8e3f-4a5b6c7d8e9f', 'name': 'Northside Career Coaching', 'created_at':
                '2026-11-25T09:30:00Z', 'locale': 'en'}, 'user': {'id': '01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f', 'email':
                'maya.chen@example.com', 'display_name': 'Maya Chen', 'role': 'owner', 'version': 1, 'created_at':
                '2026-11-25T09:30:00Z', 'updated_at': '2026-11-25T09:30:00Z'}}

        Attributes:
            user (UserResponse): A user of the workspace. Example: {'id': '01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f', 'email':
                'maya.chen@example.com', 'display_name': 'Maya Chen', 'role': 'owner', 'version': 1, 'created_at':
                '2026-11-25T09:30:00Z', 'updated_at': '2026-11-25T09:30:00Z'}.
            workspace (WorkspaceResponse): A workspace: the tenant that owns users, candidates and interviews. Example:
                {'id': '01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f', 'name': 'Northside Career Coaching', 'created_at':
                '2026-11-25T09:30:00Z', 'locale': 'en'}.
     """

    user: UserResponse
    workspace: WorkspaceResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.user_response import UserResponse # noqa: PLC0415
        from ..models.workspace_response import WorkspaceResponse # noqa: PLC0415
        user = self.user.to_dict()

        workspace = self.workspace.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "user": user,
            "workspace": workspace,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_response import UserResponse # noqa: PLC0415
        from ..models.workspace_response import WorkspaceResponse # noqa: PLC0415
        d = dict(src_dict)
        user = UserResponse.from_dict(d.pop("user"))




        workspace = WorkspaceResponse.from_dict(d.pop("workspace"))




        signup_response = cls(
            user=user,
            workspace=workspace,
        )


        signup_response.additional_properties = d
        return signup_response

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
