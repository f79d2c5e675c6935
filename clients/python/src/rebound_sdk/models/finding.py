from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.finding_kind import FindingKind
from ..models.severity import Severity
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.span import Span





T = TypeVar("T", bound="Finding")



@_attrs_define
class Finding:
    """ One problem found in a note.

        Example:
            {'kind': 'unknown_name', 'severity': 'error', 'span': {'start': 5, 'end': 11}, 'message': '“Arnold” is not the
                name of any interviewer you logged.', 'suggestion': 'Use the logged name: Armin.'}

        Attributes:
            kind (FindingKind | str): What the finding is about; clients should tolerate new kinds.
            message (str): What is wrong, in a sentence.
            severity (Severity | str): How much it matters.
            suggestion (str): What to do about it.
            span (None | Span | Unset):
     """

    kind: FindingKind | str
    message: str
    severity: Severity | str
    suggestion: str
    span: None | Span | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.span import Span # noqa: PLC0415
        kind: str
        if isinstance(self.kind, FindingKind):
            kind = self.kind.value
        else:
            kind = self.kind

        message = self.message

        severity: str
        if isinstance(self.severity, Severity):
            severity = self.severity.value
        else:
            severity = self.severity

        suggestion = self.suggestion

        span: dict[str, Any] | None | Unset
        if isinstance(self.span, Unset):
            span = UNSET
        elif isinstance(self.span, Span):
            span = self.span.to_dict()
        else:
            span = self.span


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "message": message,
            "severity": severity,
            "suggestion": suggestion,
        })
        if span is not UNSET:
            field_dict["span"] = span

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.span import Span # noqa: PLC0415
        d = dict(src_dict)
        def _parse_kind(data: object) -> FindingKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = FindingKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FindingKind | str, data)

        kind = _parse_kind(d.pop("kind"))


        message = d.pop("message")

        def _parse_severity(data: object) -> Severity | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                severity_type_0 = Severity(data)



                return severity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Severity | str, data)

        severity = _parse_severity(d.pop("severity"))


        suggestion = d.pop("suggestion")

        def _parse_span(data: object) -> None | Span | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                span_type_0 = Span.from_dict(data)



                return span_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Span | Unset, data)

        span = _parse_span(d.pop("span", UNSET))


        finding = cls(
            kind=kind,
            message=message,
            severity=severity,
            suggestion=suggestion,
            span=span,
        )


        finding.additional_properties = d
        return finding

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
