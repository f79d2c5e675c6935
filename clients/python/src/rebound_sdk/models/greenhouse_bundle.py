from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.greenhouse_application import GreenhouseApplication
  from ..models.greenhouse_candidate import GreenhouseCandidate
  from ..models.greenhouse_scheduled_interview import GreenhouseScheduledInterview





T = TypeVar("T", bound="GreenhouseBundle")



@_attrs_define
class GreenhouseBundle:
    """ `POST /v1/imports/greenhouse`: one company's Harvest objects, each list as Harvest's list endpoint returns it.
    Unknown fields are ignored; an object that cannot be read is skipped (and reported) without failing the others.

        Example:
            {'company': 'Halvorsen Capital', 'candidates': [{'id': 48201331, 'first_name': 'Amara', 'last_name': 'Okafor',
                'email_addresses': [{'value': 'amara.okafor@example.com', 'type': 'personal'}]}], 'applications': [{'id':
                61500101, 'candidate_id': 48201331, 'jobs': [{'id': 123004, 'name': 'Senior Financial Analyst'}]}],
                'scheduled_interviews': [{'id': 110300001, 'application_id': 61500101, 'start': {'date_time':
                '2026-11-18T14:00:00.000Z'}, 'end': {'date_time': '2026-11-18T15:00:00.000Z'}, 'video_conferencing_url':
                'https://zoom.us/j/93015520441', 'status': 'complete', 'interview': {'id': 7001, 'name': 'Technical Interview'},
                'interviewers': [{'id': 5121, 'name': 'Armin Lindqvist', 'email': 'armin.lindqvist@halvorsen.example.com'}]}]}

        Attributes:
            company (str): The hiring company, whose Greenhouse account the objects come from (Harvest has no object naming
                it): every
                interview's `company`. Example: Halvorsen Capital.
            applications (list[GreenhouseApplication] | Unset): `GET /v1/applications`.
            candidates (list[GreenhouseCandidate] | Unset): `GET /v1/candidates`.
            scheduled_interviews (list[GreenhouseScheduledInterview] | Unset): `GET /v1/scheduled_interviews`.
     """

    company: str
    applications: list[GreenhouseApplication] | Unset = UNSET
    candidates: list[GreenhouseCandidate] | Unset = UNSET
    scheduled_interviews: list[GreenhouseScheduledInterview] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.greenhouse_application import GreenhouseApplication # noqa: PLC0415
        from ..models.greenhouse_candidate import GreenhouseCandidate # noqa: PLC0415
        from ..models.greenhouse_scheduled_interview import GreenhouseScheduledInterview # noqa: PLC0415
        company = self.company

        applications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = []
            for applications_item_data in self.applications:
                applications_item = applications_item_data.to_dict()
                applications.append(applications_item)



        candidates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.candidates, Unset):
            candidates = []
            for candidates_item_data in self.candidates:
                candidates_item = candidates_item_data.to_dict()
                candidates.append(candidates_item)



        scheduled_interviews: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scheduled_interviews, Unset):
            scheduled_interviews = []
            for scheduled_interviews_item_data in self.scheduled_interviews:
                scheduled_interviews_item = scheduled_interviews_item_data.to_dict()
                scheduled_interviews.append(scheduled_interviews_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "company": company,
        })
        if applications is not UNSET:
            field_dict["applications"] = applications
        if candidates is not UNSET:
            field_dict["candidates"] = candidates
        if scheduled_interviews is not UNSET:
            field_dict["scheduled_interviews"] = scheduled_interviews

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.greenhouse_application import GreenhouseApplication # noqa: PLC0415
        from ..models.greenhouse_candidate import GreenhouseCandidate # noqa: PLC0415
        from ..models.greenhouse_scheduled_interview import GreenhouseScheduledInterview # noqa: PLC0415
        d = dict(src_dict)
        company = d.pop("company")

        _applications = d.pop("applications", UNSET)
        applications: list[GreenhouseApplication] | Unset = UNSET
        if _applications is not UNSET:
            applications = []
            for applications_item_data in _applications:
                applications_item = GreenhouseApplication.from_dict(applications_item_data)



                applications.append(applications_item)


        _candidates = d.pop("candidates", UNSET)
        candidates: list[GreenhouseCandidate] | Unset = UNSET
        if _candidates is not UNSET:
            candidates = []
            for candidates_item_data in _candidates:
                candidates_item = GreenhouseCandidate.from_dict(candidates_item_data)



                candidates.append(candidates_item)


        _scheduled_interviews = d.pop("scheduled_interviews", UNSET)
        scheduled_interviews: list[GreenhouseScheduledInterview] | Unset = UNSET
        if _scheduled_interviews is not UNSET:
            scheduled_interviews = []
            for scheduled_interviews_item_data in _scheduled_interviews:
                scheduled_interviews_item = GreenhouseScheduledInterview.from_dict(scheduled_interviews_item_data)



                scheduled_interviews.append(scheduled_interviews_item)


        greenhouse_bundle = cls(
            company=company,
            applications=applications,
            candidates=candidates,
            scheduled_interviews=scheduled_interviews,
        )


        greenhouse_bundle.additional_properties = d
        return greenhouse_bundle

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
