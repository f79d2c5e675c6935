from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delivery_status import DeliveryStatus
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.import_report import ImportReport





T = TypeVar("T", bound="InboundDeliveryResult")



@_attrs_define
class InboundDeliveryResult:
    """ The answer to a delivery. Any 2xx tells the ATS to stop retrying.

        Example:
            {'status': 'applied', 'event': 'ScheduledInterview.changed', 'detail': 'Applied through the import upsert.',
                'report': {'created': 0, 'updated': 1, 'unchanged': 0, 'deleted': 0, 'skipped': []}}

        Attributes:
            detail (str):
            event (str): The vendor's name of the event (Merge `hook.event`, Greenhouse `action`).
            status (DeliveryStatus | str):
            report (ImportReport | None | Unset):
     """

    detail: str
    event: str
    status: DeliveryStatus | str
    report: ImportReport | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.import_report import ImportReport # noqa: PLC0415
        detail = self.detail

        event = self.event

        status: str
        if isinstance(self.status, DeliveryStatus):
            status = self.status.value
        else:
            status = self.status

        report: dict[str, Any] | None | Unset
        if isinstance(self.report, Unset):
            report = UNSET
        elif isinstance(self.report, ImportReport):
            report = self.report.to_dict()
        else:
            report = self.report


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "detail": detail,
            "event": event,
            "status": status,
        })
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_report import ImportReport # noqa: PLC0415
        d = dict(src_dict)
        detail = d.pop("detail")

        event = d.pop("event")

        def _parse_status(data: object) -> DeliveryStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DeliveryStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliveryStatus | str, data)

        status = _parse_status(d.pop("status"))


        def _parse_report(data: object) -> ImportReport | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_type_0 = ImportReport.from_dict(data)



                return report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportReport | None | Unset, data)

        report = _parse_report(d.pop("report", UNSET))


        inbound_delivery_result = cls(
            detail=detail,
            event=event,
            status=status,
            report=report,
        )


        inbound_delivery_result.additional_properties = d
        return inbound_delivery_result

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
