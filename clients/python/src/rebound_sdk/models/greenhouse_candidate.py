from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.greenhouse_typed_value import GreenhouseTypedValue





T = TypeVar("T", bound="GreenhouseCandidate")



@_attrs_define
class GreenhouseCandidate:
    """ Harvest's candidate (`GET /v1/candidates`), the fields Rebound reads.

        Example:
            {'id': 48201331, 'first_name': 'Amara', 'last_name': 'Okafor', 'company': 'Brightline Partners', 'title':
                'Financial Analyst', 'email_addresses': [{'value': 'amara.okafor@example.com', 'type': 'personal'}],
                'phone_numbers': [], 'application_ids': [61500101]}

        Attributes:
            id (int): Rebound's `external_id` for the candidate.
            application_ids (list[int] | Unset):
            company (None | str | Unset): Where the candidate works now (not the company they interview with).
            email_addresses (list[GreenhouseTypedValue] | Unset):
            first_name (None | str | Unset):
            last_name (None | str | Unset):
            phone_numbers (list[GreenhouseTypedValue] | Unset):
            title (None | str | Unset):
     """

    id: int
    application_ids: list[int] | Unset = UNSET
    company: None | str | Unset = UNSET
    email_addresses: list[GreenhouseTypedValue] | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    phone_numbers: list[GreenhouseTypedValue] | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.greenhouse_typed_value import GreenhouseTypedValue # noqa: PLC0415
        id = self.id

        application_ids: list[int] | Unset = UNSET
        if not isinstance(self.application_ids, Unset):
            application_ids = self.application_ids



        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

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

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)



        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
        })
        if application_ids is not UNSET:
            field_dict["application_ids"] = application_ids
        if company is not UNSET:
            field_dict["company"] = company
        if email_addresses is not UNSET:
            field_dict["email_addresses"] = email_addresses
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.greenhouse_typed_value import GreenhouseTypedValue # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        application_ids = cast(list[int], d.pop("application_ids", UNSET))


        def _parse_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("company", UNSET))


        _email_addresses = d.pop("email_addresses", UNSET)
        email_addresses: list[GreenhouseTypedValue] | Unset = UNSET
        if _email_addresses is not UNSET:
            email_addresses = []
            for email_addresses_item_data in _email_addresses:
                email_addresses_item = GreenhouseTypedValue.from_dict(email_addresses_item_data)



                email_addresses.append(email_addresses_item)


        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))


        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))


        _phone_numbers = d.pop("phone_numbers", UNSET)
        phone_numbers: list[GreenhouseTypedValue] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = GreenhouseTypedValue.from_dict(phone_numbers_item_data)



                phone_numbers.append(phone_numbers_item)


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        greenhouse_candidate = cls(
            id=id,
            application_ids=application_ids,
            company=company,
            email_addresses=email_addresses,
            first_name=first_name,
            last_name=last_name,
            phone_numbers=phone_numbers,
            title=title,
        )


        greenhouse_candidate.additional_properties = d
        return greenhouse_candidate

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
