from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="RemoteReference")



@_attrs_define
class RemoteReference:
    """ Where this interview lives in an ATS or job board (Merge's `remote_id` vocabulary).

        Example:
            {'source': 'greenhouse', 'remote_id': 'scheduled-interview-99812'}

        Attributes:
            remote_id (str): Its id there (1–200 characters); unique per source within the workspace.
            source (str): The system, e.g. `greenhouse` (1–50 characters).
     """

    remote_id: str
    source: str





    def to_dict(self) -> dict[str, Any]:
        remote_id = self.remote_id

        source = self.source


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "remote_id": remote_id,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        remote_id = d.pop("remote_id")

        source = d.pop("source")

        remote_reference = cls(
            remote_id=remote_id,
            source=source,
        )

        return remote_reference

