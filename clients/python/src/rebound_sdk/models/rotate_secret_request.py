from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RotateSecretRequest")



@_attrs_define
class RotateSecretRequest:
    """ Options for a secret rotation. The body is optional: none, an empty body or `{}` keeps the old secret working
    for 24 hours.

        Example:
            {'grace_period_seconds': 3600}

        Attributes:
            grace_period_seconds (int | None | Unset): How long the old secret keeps working, 0–604800 seconds (7 days);
                default 86400 (24 hours). Send 0 after a leak to cut the old secret off at once.
     """

    grace_period_seconds: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        grace_period_seconds: int | None | Unset
        if isinstance(self.grace_period_seconds, Unset):
            grace_period_seconds = UNSET
        else:
            grace_period_seconds = self.grace_period_seconds


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if grace_period_seconds is not UNSET:
            field_dict["grace_period_seconds"] = grace_period_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_grace_period_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        grace_period_seconds = _parse_grace_period_seconds(d.pop("grace_period_seconds", UNSET))


        rotate_secret_request = cls(
            grace_period_seconds=grace_period_seconds,
        )

        return rotate_secret_request

