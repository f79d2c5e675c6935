from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.vendor import Vendor
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="InboundReceiverResponse")



@_attrs_define
class InboundReceiverResponse:
    """ Where an ATS sends its deliveries for this receiver, and how it proves them.

        Example:
            {'id': '01936f94-5b6c-7d8e-9f0a-1b2c3d4e5f6a', 'vendor': 'greenhouse', 'label': 'Greenhouse (production)',
                'url': 'https://rebound.example.com/v1/inbound/greenhouse/01936f94-5b6c-7d8e-9f0a-1b2c3d4e5f6a',
                'secret_generated': True, 'created_at': '2026-11-26T09:30:00Z', 'last_delivery_at': None}

        Attributes:
            created_at (datetime.datetime):
            id (UUID):
            label (str): For people reading the list.
            secret_generated (bool): `true` when Rebound generated the shared secret (shown once, at creation); `false` when
                the owner supplied
                the ATS's own key.
            url (str): The URL to paste into the ATS: this service's address as the request reached it (`Host`, or
                `X-Forwarded-Host`/`Forwarded` from a proxy named in `REBOUND_TRUSTED_PROXIES`), then
                `/v1/inbound/{vendor}/{id}`.
            vendor (str | Vendor):
            last_delivery_at (datetime.datetime | None | Unset): When the last delivery was applied (or acknowledged);
                `null` before the first.
     """

    created_at: datetime.datetime
    id: UUID
    label: str
    secret_generated: bool
    url: str
    vendor: str | Vendor
    last_delivery_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        label = self.label

        secret_generated = self.secret_generated

        url = self.url

        vendor: str
        if isinstance(self.vendor, Vendor):
            vendor = self.vendor.value
        else:
            vendor = self.vendor

        last_delivery_at: None | str | Unset
        if isinstance(self.last_delivery_at, Unset):
            last_delivery_at = UNSET
        elif isinstance(self.last_delivery_at, datetime.datetime):
            last_delivery_at = self.last_delivery_at.isoformat()
        else:
            last_delivery_at = self.last_delivery_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "id": id,
            "label": label,
            "secret_generated": secret_generated,
            "url": url,
            "vendor": vendor,
        })
        if last_delivery_at is not UNSET:
            field_dict["last_delivery_at"] = last_delivery_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = UUID(d.pop("id"))




        label = d.pop("label")

        secret_generated = d.pop("secret_generated")

        url = d.pop("url")

        def _parse_vendor(data: object) -> str | Vendor:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vendor_type_0 = Vendor(data)



                return vendor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Vendor, data)

        vendor = _parse_vendor(d.pop("vendor"))


        def _parse_last_delivery_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_delivery_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_delivery_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_delivery_at = _parse_last_delivery_at(d.pop("last_delivery_at", UNSET))


        inbound_receiver_response = cls(
            created_at=created_at,
            id=id,
            label=label,
            secret_generated=secret_generated,
            url=url,
            vendor=vendor,
            last_delivery_at=last_delivery_at,
        )


        inbound_receiver_response.additional_properties = d
        return inbound_receiver_response

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
