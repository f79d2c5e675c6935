from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MergeApplication")



@_attrs_define
class MergeApplication:
    """ Merge `Application`: a candidate's application to a job.

        Example:
            {'id': '92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d', 'remote_id': '77012', 'candidate':
                '521b18c2-4d01-4297-b451-19858d07c133', 'job': '52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633'}

        Attributes:
            candidate (None | str | Unset): The candidate's Merge id (or the expanded `Candidate`).
            id (None | str | Unset):
            job (None | str | Unset): The job's Merge id (or the expanded `Job`).
            remote_id (None | str | Unset):
     """

    candidate: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    job: None | str | Unset = UNSET
    remote_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        candidate: None | str | Unset
        if isinstance(self.candidate, Unset):
            candidate = UNSET
        else:
            candidate = self.candidate

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        job: None | str | Unset
        if isinstance(self.job, Unset):
            job = UNSET
        else:
            job = self.job

        remote_id: None | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if candidate is not UNSET:
            field_dict["candidate"] = candidate
        if id is not UNSET:
            field_dict["id"] = id
        if job is not UNSET:
            field_dict["job"] = job
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_candidate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        candidate = _parse_candidate(d.pop("candidate", UNSET))


        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))


        def _parse_job(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job = _parse_job(d.pop("job", UNSET))


        def _parse_remote_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_id = _parse_remote_id(d.pop("remote_id", UNSET))


        merge_application = cls(
            candidate=candidate,
            id=id,
            job=job,
            remote_id=remote_id,
        )


        merge_application.additional_properties = d
        return merge_application

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
