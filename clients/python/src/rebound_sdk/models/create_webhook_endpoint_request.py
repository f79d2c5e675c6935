from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.create_webhook_endpoint_request_events_item import CreateWebhookEndpointRequestEventsItem
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CreateWebhookEndpointRequest")



@_attrs_define
class CreateWebhookEndpointRequest:
    """ Registers a webhook endpoint.

        Example:
            {'url': 'https://jobs.example.com/hooks/rebound', 'events': ['interview.created', 'recovery_plan.step_due'],
                'description': 'Acme job board reminders'}

        Attributes:
            events (list[CreateWebhookEndpointRequestEventsItem]): Event types to receive (see the `webhooks` section of
                this document), or `["*"]` for all.
            url (str): An absolute `https` URL (`http` is accepted in development), up to 2,000 characters; IPv6 literals in
                brackets. Deliveries to loopback, private, link-local or other internal addresses are refused in
                production, and such an IP literal is refused at registration (422).
            description (None | str | Unset): For people reading the list, up to 500 characters.
     """

    events: list[CreateWebhookEndpointRequestEventsItem]
    url: str
    description: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)



        url = self.url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "events": events,
            "url": url,
        })
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in (_events):
            events_item = CreateWebhookEndpointRequestEventsItem(events_item_data)



            events.append(events_item)


        url = d.pop("url")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        create_webhook_endpoint_request = cls(
            events=events,
            url=url,
            description=description,
        )

        return create_webhook_endpoint_request

