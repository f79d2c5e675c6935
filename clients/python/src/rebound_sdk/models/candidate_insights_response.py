from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.prep_item import PrepItem
  from ..models.recurring_gaffe import RecurringGaffe
  from ..models.self_rating_comparison import SelfRatingComparison
  from ..models.trend_point import TrendPoint





T = TypeVar("T", bound="CandidateInsightsResponse")



@_attrs_define
class CandidateInsightsResponse:
    """ Insights across a candidate's interviews.

        Example:
            {'candidate_id': '01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f', 'summary': 'Damage is falling: 48 → 21 over your last
                two interviews; no answer on salary keeps coming back (2 of 2 interviews).', 'interviews_considered': 2,
                'recurring_gaffes': [{'kind': 'salary_blank', 'count': 2, 'interviews': 2}], 'damage_trend': [{'interview_id':
                '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a', 'occurred_at': '2026-11-10T14:00:00Z', 'company': 'Harbor & Finch
                Capital', 'damage_score': 48, 'band': 'recoverable'}, {'interview_id': '01936f95-0a1b-7c2d-8e3f-4a5b6c7d8e9f',
                'occurred_at': '2026-11-24T09:30:00Z', 'company': 'Northwind Capital', 'damage_score': 21, 'band': 'minor'}],
                'self_rating': {'average_self_rating': 1.5, 'average_evidence_rating': 3.0, 'verdict': 'catastrophises', 'note':
                'On average you rate your interviews 1.5 out of 5, while what you logged points to about 3.0. You are harder on
                yourself than the evidence is: before deciding an interview went badly, give it a day and go over what actually
                happened.'}, 'prep_checklist': [{'kind': 'salary_blank', 'prevention': 'Research the going rate for the role and
                the city, and prepare a range you can state in one calm sentence. Have on hand next time: the going rate for the
                role in your city and the range you will ask for.', 'interviews': 2}, {'kind': 'wrong_interviewer_name',
                'prevention': "Write down every interviewer's name and title before you go in, and say each name aloud once
                during the introductions. Have on hand next time: every interviewer's name, spelling and title, from the
                invitation.", 'interviews': 1}, {'kind': 'omitted_key_experience', 'prevention': 'List the three parts of your
                experience that fit the role best, and tick them off as you mention them. Have on hand next time: a short list
                of the experiences that fit the role best, with one figure each.', 'interviews': 1}]}

        Attributes:
            damage_trend (list[TrendPoint]): The damage score of every interview considered, oldest first.
            interviews_considered (int): How many interviews the insights are based on.
            prep_checklist (list[PrepItem]): What to prepare before the next interview: one item per kind of slip the
                recovery plans drew a lesson from,
                most frequent first.
            recurring_gaffes (list[RecurringGaffe]): Gaffe kinds logged in two or more interviews: most interviews first,
                then most gaffes, then catalogue order.
            summary (str): The trend in one line a person can read: which way the damage is moving over the last interviews,
                and the
                slip that keeps coming back, if any. Example: Damage is falling: 48 → 21 over your last two interviews; no
                answer on salary keeps coming back (2 of 2 interviews)..
            candidate_id (UUID): The candidate.
            self_rating (None | SelfRatingComparison | Unset):
     """

    damage_trend: list[TrendPoint]
    interviews_considered: int
    prep_checklist: list[PrepItem]
    recurring_gaffes: list[RecurringGaffe]
    summary: str
    candidate_id: UUID
    self_rating: None | SelfRatingComparison | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.prep_item import PrepItem # noqa: PLC0415
        from ..models.recurring_gaffe import RecurringGaffe # noqa: PLC0415
        from ..models.self_rating_comparison import SelfRatingComparison # noqa: PLC0415
        from ..models.trend_point import TrendPoint # noqa: PLC0415
        damage_trend = []
        for damage_trend_item_data in self.damage_trend:
            damage_trend_item = damage_trend_item_data.to_dict()
            damage_trend.append(damage_trend_item)



        interviews_considered = self.interviews_considered

        prep_checklist = []
        for prep_checklist_item_data in self.prep_checklist:
            prep_checklist_item = prep_checklist_item_data.to_dict()
            prep_checklist.append(prep_checklist_item)



        recurring_gaffes = []
        for recurring_gaffes_item_data in self.recurring_gaffes:
            recurring_gaffes_item = recurring_gaffes_item_data.to_dict()
            recurring_gaffes.append(recurring_gaffes_item)



        summary = self.summary

        candidate_id = str(self.candidate_id)

        self_rating: dict[str, Any] | None | Unset
        if isinstance(self.self_rating, Unset):
            self_rating = UNSET
        elif isinstance(self.self_rating, SelfRatingComparison):
            self_rating = self.self_rating.to_dict()
        else:
            self_rating = self.self_rating


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "damage_trend": damage_trend,
            "interviews_considered": interviews_considered,
            "prep_checklist": prep_checklist,
            "recurring_gaffes": recurring_gaffes,
            "summary": summary,
            "candidate_id": candidate_id,
        })
        if self_rating is not UNSET:
            field_dict["self_rating"] = self_rating

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prep_item import PrepItem # noqa: PLC0415
        from ..models.recurring_gaffe import RecurringGaffe # noqa: PLC0415
        from ..models.self_rating_comparison import SelfRatingComparison # noqa: PLC0415
        from ..models.trend_point import TrendPoint # noqa: PLC0415
        d = dict(src_dict)
        damage_trend = []
        _damage_trend = d.pop("damage_trend")
        for damage_trend_item_data in (_damage_trend):
            damage_trend_item = TrendPoint.from_dict(damage_trend_item_data)



            damage_trend.append(damage_trend_item)


        interviews_considered = d.pop("interviews_considered")

        prep_checklist = []
        _prep_checklist = d.pop("prep_checklist")
        for prep_checklist_item_data in (_prep_checklist):
            prep_checklist_item = PrepItem.from_dict(prep_checklist_item_data)



            prep_checklist.append(prep_checklist_item)


        recurring_gaffes = []
        _recurring_gaffes = d.pop("recurring_gaffes")
        for recurring_gaffes_item_data in (_recurring_gaffes):
            recurring_gaffes_item = RecurringGaffe.from_dict(recurring_gaffes_item_data)



            recurring_gaffes.append(recurring_gaffes_item)


        summary = d.pop("summary")

        candidate_id = UUID(d.pop("candidate_id"))




        def _parse_self_rating(data: object) -> None | SelfRatingComparison | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                self_rating_type_0 = SelfRatingComparison.from_dict(data)



                return self_rating_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SelfRatingComparison | Unset, data)

        self_rating = _parse_self_rating(d.pop("self_rating", UNSET))


        candidate_insights_response = cls(
            damage_trend=damage_trend,
            interviews_considered=interviews_considered,
            prep_checklist=prep_checklist,
            recurring_gaffes=recurring_gaffes,
            summary=summary,
            candidate_id=candidate_id,
            self_rating=self_rating,
        )


        candidate_insights_response.additional_properties = d
        return candidate_insights_response

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
