from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MergeScheduledInterview")



@_attrs_define
class MergeScheduledInterview:
    """ Merge `ScheduledInterview`.

        Example:
            {'id': 'b8faf072-98b9-4445-8a9a-3b5b6c7d8e9f', 'remote_id': '930112', 'application':
                '92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d', 'job_interview_stage': 'd578ac3d-4f5a-4bbd-b6d0-3b6a1b4f0a11',
                'organizer': '6bfb6d3a-2c4f-47d0-8a2a-3f3b7f4c9e20', 'interviewers': ['b82302de-852e-4e60-b050-edf9da3b7c02'],
                'location': 'Harbor & Finch, 12 Pier Street, 4th floor', 'start_at': '2026-11-24T14:00:00Z', 'end_at':
                '2026-11-24T15:00:00Z', 'status': 'COMPLETE', 'remote_was_deleted': False, 'remote_updated_at':
                '2026-11-24T15:05:00Z'}

        Attributes:
            application (None | str | Unset): The application's Merge id (or the expanded `Application`).
            end_at (None | str | Unset): RFC 3339.
            id (None | str | Unset):
            interviewers (list[str] | Unset): Merge ids of the interviewers (`RemoteUser`s).
            job_interview_stage (None | str | Unset): The stage's Merge id (or the expanded `JobInterviewStage`, whose
                `name` sets Rebound's `stage`).
            location (None | str | Unset): Where it happens: an address, a room, a video link, a phone number.
            organizer (None | str | Unset): Merge id of the organising user (not imported).
            remote_id (None | str | Unset): The ATS's id: Rebound's `remote.remote_id` (source `merge`).
            remote_updated_at (None | str | Unset): RFC 3339.
            remote_was_deleted (bool | None | Unset): The interview was deleted in the ATS.
            start_at (None | str | Unset): RFC 3339.
            status (None | str | Unset): `SCHEDULED`, `AWAITING_FEEDBACK` or `COMPLETE` (not imported: the candidate logs
                the outcome).
     """

    application: None | str | Unset = UNSET
    end_at: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    interviewers: list[str] | Unset = UNSET
    job_interview_stage: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    organizer: None | str | Unset = UNSET
    remote_id: None | str | Unset = UNSET
    remote_updated_at: None | str | Unset = UNSET
    remote_was_deleted: bool | None | Unset = UNSET
    start_at: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        application: None | str | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        else:
            application = self.application

        end_at: None | str | Unset
        if isinstance(self.end_at, Unset):
            end_at = UNSET
        else:
            end_at = self.end_at

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        interviewers: list[str] | Unset = UNSET
        if not isinstance(self.interviewers, Unset):
            interviewers = self.interviewers



        job_interview_stage: None | str | Unset
        if isinstance(self.job_interview_stage, Unset):
            job_interview_stage = UNSET
        else:
            job_interview_stage = self.job_interview_stage

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        organizer: None | str | Unset
        if isinstance(self.organizer, Unset):
            organizer = UNSET
        else:
            organizer = self.organizer

        remote_id: None | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        remote_updated_at: None | str | Unset
        if isinstance(self.remote_updated_at, Unset):
            remote_updated_at = UNSET
        else:
            remote_updated_at = self.remote_updated_at

        remote_was_deleted: bool | None | Unset
        if isinstance(self.remote_was_deleted, Unset):
            remote_was_deleted = UNSET
        else:
            remote_was_deleted = self.remote_was_deleted

        start_at: None | str | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        else:
            start_at = self.start_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if application is not UNSET:
            field_dict["application"] = application
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if id is not UNSET:
            field_dict["id"] = id
        if interviewers is not UNSET:
            field_dict["interviewers"] = interviewers
        if job_interview_stage is not UNSET:
            field_dict["job_interview_stage"] = job_interview_stage
        if location is not UNSET:
            field_dict["location"] = location
        if organizer is not UNSET:
            field_dict["organizer"] = organizer
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if remote_updated_at is not UNSET:
            field_dict["remote_updated_at"] = remote_updated_at
        if remote_was_deleted is not UNSET:
            field_dict["remote_was_deleted"] = remote_was_deleted
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_application(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application = _parse_application(d.pop("application", UNSET))


        def _parse_end_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_at = _parse_end_at(d.pop("end_at", UNSET))


        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))


        interviewers = cast(list[str], d.pop("interviewers", UNSET))


        def _parse_job_interview_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_interview_stage = _parse_job_interview_stage(d.pop("job_interview_stage", UNSET))


        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))


        def _parse_organizer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organizer = _parse_organizer(d.pop("organizer", UNSET))


        def _parse_remote_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_id = _parse_remote_id(d.pop("remote_id", UNSET))


        def _parse_remote_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_updated_at = _parse_remote_updated_at(d.pop("remote_updated_at", UNSET))


        def _parse_remote_was_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        remote_was_deleted = _parse_remote_was_deleted(d.pop("remote_was_deleted", UNSET))


        def _parse_start_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_at = _parse_start_at(d.pop("start_at", UNSET))


        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        merge_scheduled_interview = cls(
            application=application,
            end_at=end_at,
            id=id,
            interviewers=interviewers,
            job_interview_stage=job_interview_stage,
            location=location,
            organizer=organizer,
            remote_id=remote_id,
            remote_updated_at=remote_updated_at,
            remote_was_deleted=remote_was_deleted,
            start_at=start_at,
            status=status,
        )


        merge_scheduled_interview.additional_properties = d
        return merge_scheduled_interview

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
