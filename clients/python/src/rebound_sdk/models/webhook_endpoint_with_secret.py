from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.webhook_endpoint_response import WebhookEndpointResponse





T = TypeVar("T", bound="WebhookEndpointWithSecret")



@_attrs_define
class WebhookEndpointWithSecret:
    """ An endpoint with its signing secret, shown only here.

        Example:
            {'endpoint': {'id': '01936f91-2d3e-7f4a-9b5c-6d7e8f9a0b1c', 'url': 'https://jobs.example.com/hooks/rebound',
                'events': ['*'], 'description': None, 'enabled': True, 'disabled_reason': None, 'previous_secret_expires_at':
                None, 'version': 1, 'created_at': '2026-11-25T09:30:00Z', 'updated_at': '2026-11-25T09:30:00Z'}, 'secret':
                'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2b4Vl0BzkkI='}

        Attributes:
            endpoint (WebhookEndpointResponse): A webhook endpoint. Its signing secret is shown only when created or
                rotated. Example: {'id': '01936f91-2d3e-7f4a-9b5c-6d7e8f9a0b1c', 'url':
                'https://jobs.example.com/hooks/rebound', 'events': ['interview.created', 'recovery_plan.step_due'],
                'description': 'Acme job board reminders', 'enabled': True, 'disabled_reason': None,
                'previous_secret_expires_at': None, 'version': 1, 'created_at': '2026-11-25T09:30:00Z', 'updated_at':
                '2026-11-25T09:30:00Z'}.
            secret (str): The signing secret (Standard Webhooks form). Store it now: it is never shown again.
     """

    endpoint: WebhookEndpointResponse
    secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_endpoint_response import WebhookEndpointResponse # noqa: PLC0415
        endpoint = self.endpoint.to_dict()

        secret = self.secret


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "endpoint": endpoint,
            "secret": secret,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_endpoint_response import WebhookEndpointResponse # noqa: PLC0415
        d = dict(src_dict)
        endpoint = WebhookEndpointResponse.from_dict(d.pop("endpoint"))




        secret = d.pop("secret")

        webhook_endpoint_with_secret = cls(
            endpoint=endpoint,
            secret=secret,
        )


        webhook_endpoint_with_secret.additional_properties = d
        return webhook_endpoint_with_secret

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
