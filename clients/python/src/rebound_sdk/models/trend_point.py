from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.damage_band import DamageBand
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="TrendPoint")



@_attrs_define
class TrendPoint:
    """ The damage of one interview, for the trend.

        Example:
            {'interview_id': '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a', 'occurred_at': '2026-11-10T14:00:00Z', 'company':
                'Harbor & Finch Capital', 'damage_score': 48, 'band': 'recoverable'}

        Attributes:
            band (DamageBand | str): The damage score in words.
            company (str): The company it was with.
            damage_score (int): Its damage score (0–100) under the current scoring model.
            interview_id (UUID): The interview.
            occurred_at (datetime.datetime): When it took place.
     """

    band: DamageBand | str
    company: str
    damage_score: int
    interview_id: UUID
    occurred_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        band: str
        if isinstance(self.band, DamageBand):
            band = self.band.value
        else:
            band = self.band

        company = self.company

        damage_score = self.damage_score

        interview_id = str(self.interview_id)

        occurred_at = self.occurred_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "band": band,
            "company": company,
            "damage_score": damage_score,
            "interview_id": interview_id,
            "occurred_at": occurred_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_band(data: object) -> DamageBand | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                band_type_0 = DamageBand(data)



                return band_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DamageBand | str, data)

        band = _parse_band(d.pop("band"))


        company = d.pop("company")

        damage_score = d.pop("damage_score")

        interview_id = UUID(d.pop("interview_id"))




        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        trend_point = cls(
            band=band,
            company=company,
            damage_score=damage_score,
            interview_id=interview_id,
            occurred_at=occurred_at,
        )


        trend_point.additional_properties = d
        return trend_point

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
