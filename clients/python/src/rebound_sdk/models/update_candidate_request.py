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






T = TypeVar("T", bound="UpdateCandidateRequest")



@_attrs_define
class UpdateCandidateRequest:
    """ Changes a candidate. Absent fields stay as they are; `null` clears a field.

        Example:
            {'notes': 'Now also open to FP&A roles.', 'email': None}

        Attributes:
            display_name (str | Unset):
            email (None | str | Unset):
            external_id (None | str | Unset):
            locale (LocaleTag | Unset): A language Rebound writes candidate-facing texts in, as a BCP 47 tag: `en` (English)
                or `fr-CA` (Canadian
                French). Sent case-insensitively (`fr-ca` is `fr-CA`); always answered as spelled here. Clients should tolerate
                new languages. Example: fr-CA.
            notes (None | str | Unset):
            time_zone (None | str | Unset): An IANA time zone name; `null` clears it (plans then say times in UTC). Example:
                Europe/London.
            user_id (None | Unset | UUID):
     """

    display_name: str | Unset = UNSET
    email: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    locale: LocaleTag | Unset = UNSET
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

        locale: str | Unset = UNSET
        if not isinstance(self.locale, Unset):
            locale = self.locale.value


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
        })
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
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
        display_name = d.pop("display_name", UNSET)

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


        _locale = d.pop("locale", UNSET)
        locale: LocaleTag | Unset
        if isinstance(_locale,  Unset):
            locale = UNSET
        else:
            locale = LocaleTag(_locale)




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


        update_candidate_request = cls(
            display_name=display_name,
            email=email,
            external_id=external_id,
            locale=locale,
            notes=notes,
            time_zone=time_zone,
            user_id=user_id,
        )

        return update_candidate_request

