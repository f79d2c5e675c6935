from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="UpdateApiClientRequest")



@_attrs_define
class UpdateApiClientRequest:
    """ Changes an integration client.

        Example:
            {'api_version': '2026-12-07'}

        Attributes:
            api_version (str): The API version to pin the client to: a date, read as the newest version on or before it.
                Tokens issued
                from now on carry it; tokens issued before keep theirs until they expire. Example: 2026-12-07.
     """

    api_version: str





    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "api_version": api_version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_version = d.pop("api_version")

        update_api_client_request = cls(
            api_version=api_version,
        )

        return update_api_client_request

