from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.vendor import Vendor
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CreateInboundReceiverRequest")



@_attrs_define
class CreateInboundReceiverRequest:
    """ Configures a receiver.

        Example:
            {'vendor': 'merge', 'label': 'Merge (production)', 'secret': 'mRg_5yT2pQ8vW1xZ4cB7nM0kL3jH6gF9'}

        Attributes:
            label (str): For people reading the list, 1–100 characters.
            vendor (Vendor): The ATS (or unified-API vendor) a receiver takes deliveries from.
            secret (None | str | Unset): The ATS's own signing key, when it generates one (Merge: *Webhooks → Security →
                Signature key*): 16–256
                visible ASCII characters, as vendors' keys are. Omit it to have Rebound generate a secret to paste into the
                ATS (Greenhouse: the web hook's *Secret key*).
     """

    label: str
    vendor: Vendor
    secret: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        label = self.label

        vendor = self.vendor.value

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "label": label,
            "vendor": vendor,
        })
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        vendor = Vendor(d.pop("vendor"))




        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))


        create_inbound_receiver_request = cls(
            label=label,
            vendor=vendor,
            secret=secret,
        )

        return create_inbound_receiver_request

