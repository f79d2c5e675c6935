from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CreateCorsOriginRequest")



@_attrs_define
class CreateCorsOriginRequest:
    """ Registers a browser origin.

        Example:
            {'origin': 'https://plugin.example.com'}

        Attributes:
            origin (str): A serialized origin as browsers send it: `https://`, a lowercase host and an optional port, with
                no path, trailing slash, query or fragment. `http://` is accepted only for `localhost`, `127.0.0.1` or `[::1]`
                in development.
     """

    origin: str





    def to_dict(self) -> dict[str, Any]:
        origin = self.origin


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "origin": origin,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        origin = d.pop("origin")

        create_cors_origin_request = cls(
            origin=origin,
        )

        return create_cors_origin_request

