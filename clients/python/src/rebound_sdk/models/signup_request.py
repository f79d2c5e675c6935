from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







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
     """

    display_name: str
    email: str
    password: str
    workspace_name: str





    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        email = self.email

        password = self.password

        workspace_name = self.workspace_name


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "display_name": display_name,
            "email": email,
            "password": password,
            "workspace_name": workspace_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        email = d.pop("email")

        password = d.pop("password")

        workspace_name = d.pop("workspace_name")

        signup_request = cls(
            display_name=display_name,
            email=email,
            password=password,
            workspace_name=workspace_name,
        )

        return signup_request

