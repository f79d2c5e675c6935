from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.locale_tag import LocaleTag
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="CreateCandidateRequest")



@_attrs_define
class CreateCandidateRequest:
    """ Creates a candidate.

        Example:
            {'display_name': 'Jordan Reyes', 'email': 'jordan.reyes@example.com', 'external_id': 'acme-user-48213',
                'time_zone': 'America/New_York', 'locale': 'en'}

        Attributes:
            display_name (str): 1–100 characters.
            email (None | str | Unset):
            external_id (None | str | Unset): Your own id for this person (1–200 characters), unique within the workspace.
            locale (LocaleTag | None | Unset):
            notes (None | str | Unset): Up to 5,000 characters.
            time_zone (None | str | Unset): An IANA time zone name ("America/New_York", "Europe/London"): recovery plans say
                times in it. A name the tz
                database does not know is a 422 naming `time_zone`. Example: America/New_York.
            user_id (None | Unset | UUID): A candidate-role user of this workspace to link, so they can see their own record
                (any other id is a 422
                naming `user_id`).
     """

    display_name: str
    email: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    locale: LocaleTag | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    user_id: None | Unset | UUID = UNSET





    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, LocaleTag):
            locale = self.locale.value
        else:
            locale = self.locale

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "display_name": display_name,
        })
        if email is not UNSET:
            field_dict["email"] = email
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if locale is not UNSET:
            field_dict["locale"] = locale
        if notes is not UNSET:
            field_dict["notes"] = notes
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))


        def _parse_locale(data: object) -> LocaleTag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locale_type_0 = LocaleTag(data)



                return locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocaleTag | None | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))


        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("time_zone", UNSET))


        def _parse_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)



                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))


        create_candidate_request = cls(
            display_name=display_name,
            email=email,
            external_id=external_id,
            locale=locale,
            notes=notes,
            time_zone=time_zone,
            user_id=user_id,
        )

        return create_candidate_request

