from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.merge_email_address import MergeEmailAddress





T = TypeVar("T", bound="MergeCandidate")



@_attrs_define
class MergeCandidate:
    """ Merge `Candidate`.

        Example:
            {'id': '521b18c2-4d01-4297-b451-19858d07c133', 'remote_id': '4021', 'first_name': 'Dana', 'last_name': 'Okafor',
                'email_addresses': [{'value': 'dana.okafor@example.com', 'email_address_type': 'PERSONAL'}],
                'remote_was_deleted': False}

        Attributes:
            email_addresses (list[MergeEmailAddress] | Unset):
            first_name (None | str | Unset):
            id (None | str | Unset): Merge's id.
            last_name (None | str | Unset):
            remote_id (None | str | Unset): The ATS's id: Rebound's `external_id` for the candidate.
            remote_was_deleted (bool | None | Unset):
     """

    email_addresses: list[MergeEmailAddress] | Unset = UNSET
    first_name: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    remote_id: None | str | Unset = UNSET
    remote_was_deleted: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.merge_email_address import MergeEmailAddress # noqa: PLC0415
        email_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_addresses, Unset):
            email_addresses = []
            for email_addresses_item_data in self.email_addresses:
                email_addresses_item = email_addresses_item_data.to_dict()
                email_addresses.append(email_addresses_item)



        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        remote_id: None | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        remote_was_deleted: bool | None | Unset
        if isinstance(self.remote_was_deleted, Unset):
            remote_was_deleted = UNSET
        else:
            remote_was_deleted = self.remote_was_deleted


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if email_addresses is not UNSET:
            field_dict["email_addresses"] = email_addresses
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if id is not UNSET:
            field_dict["id"] = id
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if remote_was_deleted is not UNSET:
            field_dict["remote_was_deleted"] = remote_was_deleted

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.merge_email_address import MergeEmailAddress # noqa: PLC0415
        d = dict(src_dict)
        _email_addresses = d.pop("email_addresses", UNSET)
        email_addresses: list[MergeEmailAddress] | Unset = UNSET
        if _email_addresses is not UNSET:
            email_addresses = []
            for email_addresses_item_data in _email_addresses:
                email_addresses_item = MergeEmailAddress.from_dict(email_addresses_item_data)



                email_addresses.append(email_addresses_item)


        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))


        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))


        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))


        def _parse_remote_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_id = _parse_remote_id(d.pop("remote_id", UNSET))


        def _parse_remote_was_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        remote_was_deleted = _parse_remote_was_deleted(d.pop("remote_was_deleted", UNSET))


        merge_candidate = cls(
            email_addresses=email_addresses,
            first_name=first_name,
            id=id,
            last_name=last_name,
            remote_id=remote_id,
            remote_was_deleted=remote_was_deleted,
        )


        merge_candidate.additional_properties = d
        return merge_candidate

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
