from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.greenhouse_person import GreenhousePerson
  from ..models.greenhouse_reference import GreenhouseReference
  from ..models.greenhouse_time import GreenhouseTime





T = TypeVar("T", bound="GreenhouseScheduledInterview")



@_attrs_define
class GreenhouseScheduledInterview:
    """ Harvest's scheduled interview (`GET /v1/scheduled_interviews`).

        Example:
            {'id': 110300001, 'application_id': 61500101, 'start': {'date_time': '2026-11-18T14:00:00.000Z'}, 'end':
                {'date_time': '2026-11-18T15:00:00.000Z'}, 'location': None, 'video_conferencing_url':
                'https://zoom.us/j/93015520441', 'status': 'complete', 'interview': {'id': 7001, 'name': 'Technical Interview'},
                'interviewers': [{'id': 5121, 'name': 'Armin Lindqvist', 'email': 'armin.lindqvist@halvorsen.example.com'}],
                'updated_at': '2026-11-18T16:40:03.101Z'}

        Attributes:
            id (int): Rebound's `remote.remote_id` (source `greenhouse`).
            application_id (int | None | Unset): The application interviewed for: it names the candidate and the job.
            end (GreenhouseTime | None | Unset):
            interview (GreenhouseReference | None | Unset):
            interviewers (list[GreenhousePerson] | Unset): Each one's `name` (or first and last name) and `email`.
            location (None | str | Unset): A room, an address, a phone number or a video link: with
                `video_conferencing_url`, sets `format`.
            organizer (GreenhousePerson | None | Unset):
            start (GreenhouseTime | None | Unset):
            status (None | str | Unset): `scheduled`, `awaiting_feedback` or `complete` (not imported: the candidate logs
                the outcome).
            updated_at (None | str | Unset): RFC 3339.
            video_conferencing_url (None | str | Unset):
     """

    id: int
    application_id: int | None | Unset = UNSET
    end: GreenhouseTime | None | Unset = UNSET
    interview: GreenhouseReference | None | Unset = UNSET
    interviewers: list[GreenhousePerson] | Unset = UNSET
    location: None | str | Unset = UNSET
    organizer: GreenhousePerson | None | Unset = UNSET
    start: GreenhouseTime | None | Unset = UNSET
    status: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    video_conferencing_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.greenhouse_person import GreenhousePerson # noqa: PLC0415
        from ..models.greenhouse_reference import GreenhouseReference # noqa: PLC0415
        from ..models.greenhouse_time import GreenhouseTime # noqa: PLC0415
        id = self.id

        application_id: int | None | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        end: dict[str, Any] | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, GreenhouseTime):
            end = self.end.to_dict()
        else:
            end = self.end

        interview: dict[str, Any] | None | Unset
        if isinstance(self.interview, Unset):
            interview = UNSET
        elif isinstance(self.interview, GreenhouseReference):
            interview = self.interview.to_dict()
        else:
            interview = self.interview

        interviewers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interviewers, Unset):
            interviewers = []
            for interviewers_item_data in self.interviewers:
                interviewers_item = interviewers_item_data.to_dict()
                interviewers.append(interviewers_item)



        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        organizer: dict[str, Any] | None | Unset
        if isinstance(self.organizer, Unset):
            organizer = UNSET
        elif isinstance(self.organizer, GreenhousePerson):
            organizer = self.organizer.to_dict()
        else:
            organizer = self.organizer

        start: dict[str, Any] | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, GreenhouseTime):
            start = self.start.to_dict()
        else:
            start = self.start

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        video_conferencing_url: None | str | Unset
        if isinstance(self.video_conferencing_url, Unset):
            video_conferencing_url = UNSET
        else:
            video_conferencing_url = self.video_conferencing_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
        })
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if end is not UNSET:
            field_dict["end"] = end
        if interview is not UNSET:
            field_dict["interview"] = interview
        if interviewers is not UNSET:
            field_dict["interviewers"] = interviewers
        if location is not UNSET:
            field_dict["location"] = location
        if organizer is not UNSET:
            field_dict["organizer"] = organizer
        if start is not UNSET:
            field_dict["start"] = start
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if video_conferencing_url is not UNSET:
            field_dict["video_conferencing_url"] = video_conferencing_url

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.greenhouse_person import GreenhousePerson # noqa: PLC0415
        from ..models.greenhouse_reference import GreenhouseReference # noqa: PLC0415
        from ..models.greenhouse_time import GreenhouseTime # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_application_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        application_id = _parse_application_id(d.pop("application_id", UNSET))


        def _parse_end(data: object) -> GreenhouseTime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_type_0 = GreenhouseTime.from_dict(data)



                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GreenhouseTime | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))


        def _parse_interview(data: object) -> GreenhouseReference | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                interview_type_0 = GreenhouseReference.from_dict(data)



                return interview_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GreenhouseReference | None | Unset, data)

        interview = _parse_interview(d.pop("interview", UNSET))


        _interviewers = d.pop("interviewers", UNSET)
        interviewers: list[GreenhousePerson] | Unset = UNSET
        if _interviewers is not UNSET:
            interviewers = []
            for interviewers_item_data in _interviewers:
                interviewers_item = GreenhousePerson.from_dict(interviewers_item_data)



                interviewers.append(interviewers_item)


        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))


        def _parse_organizer(data: object) -> GreenhousePerson | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organizer_type_0 = GreenhousePerson.from_dict(data)



                return organizer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GreenhousePerson | None | Unset, data)

        organizer = _parse_organizer(d.pop("organizer", UNSET))


        def _parse_start(data: object) -> GreenhouseTime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_type_0 = GreenhouseTime.from_dict(data)



                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GreenhouseTime | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))


        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))


        def _parse_video_conferencing_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_conferencing_url = _parse_video_conferencing_url(d.pop("video_conferencing_url", UNSET))


        greenhouse_scheduled_interview = cls(
            id=id,
            application_id=application_id,
            end=end,
            interview=interview,
            interviewers=interviewers,
            location=location,
            organizer=organizer,
            start=start,
            status=status,
            updated_at=updated_at,
            video_conferencing_url=video_conferencing_url,
        )


        greenhouse_scheduled_interview.additional_properties = d
        return greenhouse_scheduled_interview

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
