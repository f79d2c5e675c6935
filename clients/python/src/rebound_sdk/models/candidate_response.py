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
import datetime






T = TypeVar("T", bound="CandidateResponse")



@_attrs_define
class CandidateResponse:
    """ A candidate: a person preparing for, and recovering from, interviews.

        Example:
            {'id': '01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f', 'display_name': 'Jordan Reyes', 'email':
                'jordan.reyes@example.com', 'external_id': 'acme-user-48213', 'user_id': None, 'notes': 'Targeting senior
                financial analyst roles.', 'time_zone': 'America/New_York', 'locale': 'en', 'version': 1, 'created_at':
                '2026-11-25T09:30:00Z', 'updated_at': '2026-11-25T09:30:00Z'}

        Attributes:
            created_at (datetime.datetime):
            display_name (str):
            id (UUID):
            locale (LocaleTag | str): The language the candidate's recovery plans are written in; the workspace's `locale`
                when the candidate was
                created without one. A plan keeps the language it was written in when this changes later.
            updated_at (datetime.datetime):
            version (int): Increases with every change; also sent as the `ETag`.
            email (None | str | Unset):
            external_id (None | str | Unset): The integrator's own id for this person; unique within the workspace.
            notes (None | str | Unset):
            time_zone (None | str | Unset): The candidate's IANA time zone; recovery plans say times in it (an interview's
                own `time_zone` takes
                precedence). `null` when not set: plans then say times in UTC. Example: America/New_York.
            user_id (None | Unset | UUID): The candidate-role user linked to this record, who can see it and its interviews.
     """

    created_at: datetime.datetime
    display_name: str
    id: UUID
    locale: LocaleTag | str
    updated_at: datetime.datetime
    version: int
    email: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    user_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        display_name = self.display_name

        id = str(self.id)

        locale: str
        if isinstance(self.locale, LocaleTag):
            locale = self.locale.value
        else:
            locale = self.locale

        updated_at = self.updated_at.isoformat()

        version = self.version

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
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "display_name": display_name,
            "id": id,
            "locale": locale,
            "updated_at": updated_at,
            "version": version,
        })
        if email is not UNSET:
            field_dict["email"] = email
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
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
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        display_name = d.pop("display_name")

        id = UUID(d.pop("id"))




        def _parse_locale(data: object) -> LocaleTag | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locale_type_0 = LocaleTag(data)



                return locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocaleTag | str, data)

        locale = _parse_locale(d.pop("locale"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

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


        candidate_response = cls(
            created_at=created_at,
            display_name=display_name,
            id=id,
            locale=locale,
            updated_at=updated_at,
            version=version,
            email=email,
            external_id=external_id,
            notes=notes,
            time_zone=time_zone,
            user_id=user_id,
        )


        candidate_response.additional_properties = d
        return candidate_response

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
