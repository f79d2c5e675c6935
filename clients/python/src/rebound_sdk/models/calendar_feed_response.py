from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="CalendarFeedResponse")



@_attrs_define
class CalendarFeedResponse:
    """ A calendar feed just opened. `url` is shown this once: it carries the feed's secret, and anyone who has it
    can read the plan's steps, so keep it as you would a password and revoke the feed when it is no longer used.

        Example:
            {'id': '01936f94-5b6c-7d7e-8f90-1a2b3c4d5e6f', 'interview_id': '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a',
                'plan_id': '01936f8f-1f7a-7b8c-8d9e-0f1a2b3c4d5e', 'url': 'https://rebound.example.com/v1/calendar-
                feeds/01936f94-5b6c-7d7e-8f90-1a2b3c4d5e6f/rcal_Vq3kR9mXbT2wLp8sN4yZcH6dF1gJ7uA0eQ5iO3rS2tU.ics', 'webcal_url':
                'webcal://rebound.example.com/v1/calendar-
                feeds/01936f94-5b6c-7d7e-8f90-1a2b3c4d5e6f/rcal_Vq3kR9mXbT2wLp8sN4yZcH6dF1gJ7uA0eQ5iO3rS2tU.ics', 'created_at':
                '2026-11-26T09:30:00Z'}

        Attributes:
            created_at (datetime.datetime):
            id (UUID):
            interview_id (UUID):
            plan_id (UUID):
            url (str): The subscription URL (https): paste it into Google Calendar ("From URL") or Outlook ("Subscribe from
                web").
            webcal_url (str): The same URL with the `webcal` scheme, which Apple Calendar and most phones open as a
                subscription.
     """

    created_at: datetime.datetime
    id: UUID
    interview_id: UUID
    plan_id: UUID
    url: str
    webcal_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        interview_id = str(self.interview_id)

        plan_id = str(self.plan_id)

        url = self.url

        webcal_url = self.webcal_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "id": id,
            "interview_id": interview_id,
            "plan_id": plan_id,
            "url": url,
            "webcal_url": webcal_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = UUID(d.pop("id"))




        interview_id = UUID(d.pop("interview_id"))




        plan_id = UUID(d.pop("plan_id"))




        url = d.pop("url")

        webcal_url = d.pop("webcal_url")

        calendar_feed_response = cls(
            created_at=created_at,
            id=id,
            interview_id=interview_id,
            plan_id=plan_id,
            url=url,
            webcal_url=webcal_url,
        )


        calendar_feed_response.additional_properties = d
        return calendar_feed_response

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
