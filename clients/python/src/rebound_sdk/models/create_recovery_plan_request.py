from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.note_tone import NoteTone
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CreateRecoveryPlanRequest")



@_attrs_define
class CreateRecoveryPlanRequest:
    """ Options for a new recovery plan. The whole body is optional: send none, an empty body or `{}` for the defaults.

        Example:
            {'tone': 'warm'}

        Attributes:
            tone (None | NoteTone | Unset):
     """

    tone: None | NoteTone | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        tone: None | str | Unset
        if isinstance(self.tone, Unset):
            tone = UNSET
        elif isinstance(self.tone, NoteTone):
            tone = self.tone.value
        else:
            tone = self.tone


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if tone is not UNSET:
            field_dict["tone"] = tone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_tone(data: object) -> None | NoteTone | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tone_type_0 = NoteTone(data)



                return tone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NoteTone | Unset, data)

        tone = _parse_tone(d.pop("tone", UNSET))


        create_recovery_plan_request = cls(
            tone=tone,
        )

        return create_recovery_plan_request

