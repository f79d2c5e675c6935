from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.gaffe_kind_entry import GaffeKindEntry





T = TypeVar("T", bound="GaffeKindList")



@_attrs_define
class GaffeKindList:
    """ The gaffe catalogue.

        Example:
            {'data': [{'kind': 'late', 'title': 'Arrived late', 'label': 'late arrival', 'description': 'Turned up after the
                agreed time, or joined the call late, and started the interview flustered.', 'base_severity': 7,
                'recoverability': 'medium', 'repair': 'none', 'prevention': 'Plan the route the day before and leave an hour or
                two earlier than you think you need.', 'review_questions': ['How late were you, and did you let them know before
                the start time?', 'What made you late, and was any of it in your control?', 'How much did it rattle you for the
                rest of the interview?'], 'on_hand': 'the address, the route, the travel time with a margin, and a phone number
                to call if you are delayed', 'classic': True}]}

        Attributes:
            data (list[GaffeKindEntry]):
     """

    data: list[GaffeKindEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.gaffe_kind_entry import GaffeKindEntry # noqa: PLC0415
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "data": data,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gaffe_kind_entry import GaffeKindEntry # noqa: PLC0415
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in (_data):
            data_item = GaffeKindEntry.from_dict(data_item_data)



            data.append(data_item)


        gaffe_kind_list = cls(
            data=data,
        )


        gaffe_kind_list.additional_properties = d
        return gaffe_kind_list

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
