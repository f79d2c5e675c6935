from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.greenhouse_reference import GreenhouseReference





T = TypeVar("T", bound="GreenhouseApplication")



@_attrs_define
class GreenhouseApplication:
    """ Harvest's application (`GET /v1/applications`): ties a candidate to a job.

        Example:
            {'id': 61500101, 'candidate_id': 48201331, 'prospect': False, 'jobs': [{'id': 123004, 'name': 'Senior Financial
                Analyst'}], 'status': 'active', 'current_stage': {'id': 62828, 'name': 'Technical Interview'}}

        Attributes:
            id (int):
            candidate_id (int | None | Unset):
            current_stage (GreenhouseReference | None | Unset):
            jobs (list[GreenhouseReference] | Unset): The job applied for; the first one's `name` is the interview's
                `role_title`.
            prospect (bool | Unset):
            status (None | str | Unset): `active`, `rejected`, `hired`, …
     """

    id: int
    candidate_id: int | None | Unset = UNSET
    current_stage: GreenhouseReference | None | Unset = UNSET
    jobs: list[GreenhouseReference] | Unset = UNSET
    prospect: bool | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.greenhouse_reference import GreenhouseReference # noqa: PLC0415
        id = self.id

        candidate_id: int | None | Unset
        if isinstance(self.candidate_id, Unset):
            candidate_id = UNSET
        else:
            candidate_id = self.candidate_id

        current_stage: dict[str, Any] | None | Unset
        if isinstance(self.current_stage, Unset):
            current_stage = UNSET
        elif isinstance(self.current_stage, GreenhouseReference):
            current_stage = self.current_stage.to_dict()
        else:
            current_stage = self.current_stage

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)



        prospect = self.prospect

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
        })
        if candidate_id is not UNSET:
            field_dict["candidate_id"] = candidate_id
        if current_stage is not UNSET:
            field_dict["current_stage"] = current_stage
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if prospect is not UNSET:
            field_dict["prospect"] = prospect
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.greenhouse_reference import GreenhouseReference # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_candidate_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        candidate_id = _parse_candidate_id(d.pop("candidate_id", UNSET))


        def _parse_current_stage(data: object) -> GreenhouseReference | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_stage_type_0 = GreenhouseReference.from_dict(data)



                return current_stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GreenhouseReference | None | Unset, data)

        current_stage = _parse_current_stage(d.pop("current_stage", UNSET))


        _jobs = d.pop("jobs", UNSET)
        jobs: list[GreenhouseReference] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = GreenhouseReference.from_dict(jobs_item_data)



                jobs.append(jobs_item)


        prospect = d.pop("prospect", UNSET)

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        greenhouse_application = cls(
            id=id,
            candidate_id=candidate_id,
            current_stage=current_stage,
            jobs=jobs,
            prospect=prospect,
            status=status,
        )


        greenhouse_application.additional_properties = d
        return greenhouse_application

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
