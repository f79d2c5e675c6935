from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.inbound_receiver_response import InboundReceiverResponse





T = TypeVar("T", bound="CreatedInboundReceiver")



@_attrs_define
class CreatedInboundReceiver:
    """ A new receiver, with the shared secret to paste into the ATS when Rebound generated it.

        Example:
            {'receiver': {'id': '01936f94-5b6c-7d8e-9f0a-1b2c3d4e5f6a', 'vendor': 'greenhouse', 'label': 'Greenhouse
                (production)', 'url': 'https://rebound.example.com/v1/inbound/greenhouse/01936f94-5b6c-7d8e-9f0a-1b2c3d4e5f6a',
                'secret_generated': True, 'created_at': '2026-11-26T09:30:00Z', 'last_delivery_at': None}, 'secret':
                'rbi_3q2J5cU0cF1fW4m0pZ8oXk3yH6sV9tB2nL7aD1eR4gQ'}

        Attributes:
            receiver (InboundReceiverResponse): Where an ATS sends its deliveries for this receiver, and how it proves them.
                Example: {'id': '01936f94-5b6c-7d8e-9f0a-1b2c3d4e5f6a', 'vendor': 'greenhouse', 'label': 'Greenhouse
                (production)', 'url': 'https://rebound.example.com/v1/inbound/greenhouse/01936f94-5b6c-7d8e-9f0a-1b2c3d4e5f6a',
                'secret_generated': True, 'created_at': '2026-11-26T09:30:00Z', 'last_delivery_at': None}.
            secret (None | str | Unset): The generated shared secret: paste it into the ATS as the web hook's secret key.
                Store it now: it is never
                shown again. `null` when the request supplied the ATS's own key.
     """

    receiver: InboundReceiverResponse
    secret: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.inbound_receiver_response import InboundReceiverResponse # noqa: PLC0415
        receiver = self.receiver.to_dict()

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "receiver": receiver,
        })
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_receiver_response import InboundReceiverResponse # noqa: PLC0415
        d = dict(src_dict)
        receiver = InboundReceiverResponse.from_dict(d.pop("receiver"))




        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))


        created_inbound_receiver = cls(
            receiver=receiver,
            secret=secret,
        )


        created_inbound_receiver.additional_properties = d
        return created_inbound_receiver

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
