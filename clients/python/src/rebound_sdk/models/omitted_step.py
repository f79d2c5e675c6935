from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.step_kind import StepKind
from typing import cast






T = TypeVar("T", bound="OmittedStep")



@_attrs_define
class OmittedStep:
    """ A step kind left out of the plan, and why.

        Example:
            {'kind': 'second_interview_request', 'reason': "A second interview is a last resort, and it is not worth asking
                for here. Nothing says the employer was leaning towards you. Record the employer's interest as strong on the
                interview only if they clearly were: they called you a front-runner, fast-tracked you, or the recruiter said
                so."}

        Attributes:
            kind (StepKind | str): The step kind left out.
            reason (str): Which condition failed, in a sentence.
     """

    kind: StepKind | str
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind: str
        if isinstance(self.kind, StepKind):
            kind = self.kind.value
        else:
            kind = self.kind

        reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_kind(data: object) -> StepKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = StepKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(StepKind | str, data)

        kind = _parse_kind(d.pop("kind"))


        reason = d.pop("reason")

        omitted_step = cls(
            kind=kind,
            reason=reason,
        )


        omitted_step.additional_properties = d
        return omitted_step

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
