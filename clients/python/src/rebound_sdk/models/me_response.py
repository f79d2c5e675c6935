from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from ..models.scope import Scope
from ..models.subject_type import SubjectType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.workspace_response import WorkspaceResponse





T = TypeVar("T", bound="MeResponse")



@_attrs_define
class MeResponse:
    """ The authenticated caller.

        Example:
            {'subject_type': 'user', 'id': '01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f', 'name': 'Maya Chen', 'email':
                'maya.chen@example.com', 'role': 'owner', 'scopes': ['interviews:read', 'interviews:write', 'plans:write',
                'admin'], 'workspace': {'id': '01936f8e-5a1b-7c2d-8e3f-4a5b6c7d8e9f', 'name': 'Northside Career Coaching',
                'created_at': '2026-11-25T09:30:00Z', 'locale': 'en'}}

        Attributes:
            id (UUID): The user's id, or the integration client's id.
            name (str): The user's display name or the client's name.
            scopes (list[Scope | str]): The scopes of the token used for this request.
            subject_type (str | SubjectType):
            workspace (WorkspaceResponse): A workspace: the tenant that owns users, candidates and interviews. Example:
                {'id': '01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f', 'name': 'Northside Career Coaching', 'created_at':
                '2026-11-25T09:30:00Z', 'locale': 'en'}.
            email (None | str | Unset): Users only.
            role (None | Role | str | Unset):
     """

    id: UUID
    name: str
    scopes: list[Scope | str]
    subject_type: str | SubjectType
    workspace: WorkspaceResponse
    email: None | str | Unset = UNSET
    role: None | Role | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.workspace_response import WorkspaceResponse # noqa: PLC0415
        id = str(self.id)

        name = self.name

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item: str
            if isinstance(scopes_item_data, Scope):
                scopes_item = scopes_item_data.value
            else:
                scopes_item = scopes_item_data
            scopes.append(scopes_item)



        subject_type: str
        if isinstance(self.subject_type, SubjectType):
            subject_type = self.subject_type.value
        else:
            subject_type = self.subject_type

        workspace = self.workspace.to_dict()

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, Role):
            role = self.role.value
        else:
            role = self.role


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "scopes": scopes,
            "subject_type": subject_type,
            "workspace": workspace,
        })
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace_response import WorkspaceResponse # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        name = d.pop("name")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in (_scopes):
            def _parse_scopes_item(data: object) -> Scope | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    scopes_item_type_0 = Scope(data)



                    return scopes_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Scope | str, data)

            scopes_item = _parse_scopes_item(scopes_item_data)

            scopes.append(scopes_item)


        def _parse_subject_type(data: object) -> str | SubjectType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subject_type_type_0 = SubjectType(data)



                return subject_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | SubjectType, data)

        subject_type = _parse_subject_type(d.pop("subject_type"))


        workspace = WorkspaceResponse.from_dict(d.pop("workspace"))




        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_role(data: object) -> None | Role | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = Role(data)



                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Role | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))


        me_response = cls(
            id=id,
            name=name,
            scopes=scopes,
            subject_type=subject_type,
            workspace=workspace,
            email=email,
            role=role,
        )


        me_response.additional_properties = d
        return me_response

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
