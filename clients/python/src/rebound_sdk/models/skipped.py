from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="Skipped")



@_attrs_define
class Skipped:
    """ A remote object that was not imported (or, for `remote_was_deleted`, not deleted), and why.

        Example:
            {'remote_id': 'int-503', 'field': 'start_at', 'reason': 'not an RFC 3339 date-time'}

        Attributes:
            field (str): The field at fault: the vendor's name for a field the mapping could not use, Rebound's
                (`occurred_at`,
                `interviewers[0].email`) for a value validation refused.
            reason (str): What is wrong, in a sentence.
            remote_id (str): The remote id of the object (the interview's, when an interview was skipped); empty when it has
                none.
     """

    field: str
    reason: str
    remote_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        field = self.field

        reason = self.reason

        remote_id = self.remote_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "field": field,
            "reason": reason,
            "remote_id": remote_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        reason = d.pop("reason")

        remote_id = d.pop("remote_id")

        skipped = cls(
            field=field,
            reason=reason,
            remote_id=remote_id,
        )


        skipped.additional_properties = d
        return skipped

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
