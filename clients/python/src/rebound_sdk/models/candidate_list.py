from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.candidate_response import CandidateResponse





T = TypeVar("T", bound="CandidateList")



@_attrs_define
class CandidateList:
    """ A page of candidates: newest first, or oldest change first in the sync form (`updated_after`, `changes_after`).

        Example:
            {'data': [{'id': '01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f', 'display_name': 'Jordan Reyes', 'email': None,
                'external_id': 'acme-user-48213', 'user_id': None, 'notes': None, 'time_zone': None, 'locale': 'en', 'version':
                1, 'created_at': '2026-11-25T09:30:00Z', 'updated_at': '2026-11-25T09:30:00Z'}], 'next_cursor': None}

        Attributes:
            data (list[CandidateResponse]):
            changes_cursor (str | Unset): Sync form of the list only (`changes_after`, or an `_after` filter of a change
                time): where this page ends in change order. Pass it as `changes_after` to get the next page, and keep it to
                poll again later: the next poll lists every change committed since, including one whose transaction began before
                this page was read.
            next_cursor (None | str | Unset): Pass as `cursor` to get the next page; `null` on the last page.
     """

    data: list[CandidateResponse]
    changes_cursor: str | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate_response import CandidateResponse # noqa: PLC0415
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)



        changes_cursor = self.changes_cursor

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "data": data,
        })
        if changes_cursor is not UNSET:
            field_dict["changes_cursor"] = changes_cursor
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate_response import CandidateResponse # noqa: PLC0415
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in (_data):
            data_item = CandidateResponse.from_dict(data_item_data)



            data.append(data_item)


        changes_cursor = d.pop("changes_cursor", UNSET)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))


        candidate_list = cls(
            data=data,
            changes_cursor=changes_cursor,
            next_cursor=next_cursor,
        )


        candidate_list.additional_properties = d
        return candidate_list

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
