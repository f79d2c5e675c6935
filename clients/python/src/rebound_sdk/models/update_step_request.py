from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.step_status import StepStatus






T = TypeVar("T", bound="UpdateStepRequest")



@_attrs_define
class UpdateStepRequest:
    """ Changes a step's status.

        Example:
            {'status': 'done'}

        Attributes:
            status (StepStatus): Where a step stands.
     """

    status: StepStatus





    def to_dict(self) -> dict[str, Any]:
        status = self.status.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = StepStatus(d.pop("status"))




        update_step_request = cls(
            status=status,
        )

        return update_step_request

