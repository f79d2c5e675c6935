from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.merge_application import MergeApplication
  from ..models.merge_candidate import MergeCandidate
  from ..models.merge_job import MergeJob
  from ..models.merge_job_interview_stage import MergeJobInterviewStage
  from ..models.merge_remote_user import MergeRemoteUser
  from ..models.merge_scheduled_interview import MergeScheduledInterview





T = TypeVar("T", bound="MergeBundle")



@_attrs_define
class MergeBundle:
    """ A bundle of Merge ATS objects as Merge's list endpoints return them (`results` of `GET /candidates`,
    `/applications`, `/jobs`, `/users`, `/interviews`), with the hiring company's name. `job_interview_stages` is
    optional: without it (and without `expand=job_interview_stage`), interviews get stage `other`.

        Example:
            {'company': 'Harbor & Finch Capital', 'candidates': [{'id': '521b18c2-4d01-4297-b451-19858d07c133', 'remote_id':
                '4021', 'first_name': 'Dana', 'last_name': 'Okafor'}], 'applications': [{'id':
                '92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d', 'candidate': '521b18c2-4d01-4297-b451-19858d07c133', 'job':
                '52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633'}], 'jobs': [{'id': '52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633', 'name':
                'Senior Financial Analyst'}], 'users': [], 'interviews': [{'id': 'b8faf072-98b9-4445-8a9a-3b5b6c7d8e9f',
                'remote_id': '930112', 'application': '92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d', 'location': 'Zoom', 'start_at':
                '2026-11-24T14:00:00Z', 'end_at': '2026-11-24T15:00:00Z'}]}

        Attributes:
            company (str): The hiring company (Merge's `AccountDetails.end_user_organization_name`): every interview's
                `company`.
            applications (list[MergeApplication] | Unset):
            candidates (list[MergeCandidate] | Unset):
            interviews (list[MergeScheduledInterview] | Unset):
            job_interview_stages (list[MergeJobInterviewStage] | Unset):
            jobs (list[MergeJob] | Unset):
            users (list[MergeRemoteUser] | Unset):
     """

    company: str
    applications: list[MergeApplication] | Unset = UNSET
    candidates: list[MergeCandidate] | Unset = UNSET
    interviews: list[MergeScheduledInterview] | Unset = UNSET
    job_interview_stages: list[MergeJobInterviewStage] | Unset = UNSET
    jobs: list[MergeJob] | Unset = UNSET
    users: list[MergeRemoteUser] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.merge_application import MergeApplication # noqa: PLC0415
        from ..models.merge_candidate import MergeCandidate # noqa: PLC0415
        from ..models.merge_job import MergeJob # noqa: PLC0415
        from ..models.merge_job_interview_stage import MergeJobInterviewStage # noqa: PLC0415
        from ..models.merge_remote_user import MergeRemoteUser # noqa: PLC0415
        from ..models.merge_scheduled_interview import MergeScheduledInterview # noqa: PLC0415
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



        interviews: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interviews, Unset):
            interviews = []
            for interviews_item_data in self.interviews:
                interviews_item = interviews_item_data.to_dict()
                interviews.append(interviews_item)



        job_interview_stages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.job_interview_stages, Unset):
            job_interview_stages = []
            for job_interview_stages_item_data in self.job_interview_stages:
                job_interview_stages_item = job_interview_stages_item_data.to_dict()
                job_interview_stages.append(job_interview_stages_item)



        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)



        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "company": company,
        })
        if applications is not UNSET:
            field_dict["applications"] = applications
        if candidates is not UNSET:
            field_dict["candidates"] = candidates
        if interviews is not UNSET:
            field_dict["interviews"] = interviews
        if job_interview_stages is not UNSET:
            field_dict["job_interview_stages"] = job_interview_stages
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.merge_application import MergeApplication # noqa: PLC0415
        from ..models.merge_candidate import MergeCandidate # noqa: PLC0415
        from ..models.merge_job import MergeJob # noqa: PLC0415
        from ..models.merge_job_interview_stage import MergeJobInterviewStage # noqa: PLC0415
        from ..models.merge_remote_user import MergeRemoteUser # noqa: PLC0415
        from ..models.merge_scheduled_interview import MergeScheduledInterview # noqa: PLC0415
        d = dict(src_dict)
        company = d.pop("company")

        _applications = d.pop("applications", UNSET)
        applications: list[MergeApplication] | Unset = UNSET
        if _applications is not UNSET:
            applications = []
            for applications_item_data in _applications:
                applications_item = MergeApplication.from_dict(applications_item_data)



                applications.append(applications_item)


        _candidates = d.pop("candidates", UNSET)
        candidates: list[MergeCandidate] | Unset = UNSET
        if _candidates is not UNSET:
            candidates = []
            for candidates_item_data in _candidates:
                candidates_item = MergeCandidate.from_dict(candidates_item_data)



                candidates.append(candidates_item)


        _interviews = d.pop("interviews", UNSET)
        interviews: list[MergeScheduledInterview] | Unset = UNSET
        if _interviews is not UNSET:
            interviews = []
            for interviews_item_data in _interviews:
                interviews_item = MergeScheduledInterview.from_dict(interviews_item_data)



                interviews.append(interviews_item)


        _job_interview_stages = d.pop("job_interview_stages", UNSET)
        job_interview_stages: list[MergeJobInterviewStage] | Unset = UNSET
        if _job_interview_stages is not UNSET:
            job_interview_stages = []
            for job_interview_stages_item_data in _job_interview_stages:
                job_interview_stages_item = MergeJobInterviewStage.from_dict(job_interview_stages_item_data)



                job_interview_stages.append(job_interview_stages_item)


        _jobs = d.pop("jobs", UNSET)
        jobs: list[MergeJob] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = MergeJob.from_dict(jobs_item_data)



                jobs.append(jobs_item)


        _users = d.pop("users", UNSET)
        users: list[MergeRemoteUser] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = MergeRemoteUser.from_dict(users_item_data)



                users.append(users_item)


        merge_bundle = cls(
            company=company,
            applications=applications,
            candidates=candidates,
            interviews=interviews,
            job_interview_stages=job_interview_stages,
            jobs=jobs,
            users=users,
        )


        merge_bundle.additional_properties = d
        return merge_bundle

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
