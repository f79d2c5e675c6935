from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.skipped import Skipped





T = TypeVar("T", bound="ImportReport")



@_attrs_define
class ImportReport:
    """ What an import did.

        Example:
            {'created': 2, 'updated': 1, 'unchanged': 4, 'deleted': 1, 'skipped': [{'remote_id': 'int-503', 'field':
                'start_at', 'reason': 'not an RFC 3339 date-time'}, {'remote_id': 'int-510', 'field': 'remote_was_deleted',
                'reason': "deleted in the ATS, but kept: the candidate logged gaffes or a recovery plan for it, and an import
                never removes the candidate's own records"}]}

        Attributes:
            created (int): Interviews new to the workspace.
            deleted (int): Interviews deleted because the ATS deleted them.
            skipped (list[Skipped]): Objects not imported (or not deleted), each with the field at fault and why.
            unchanged (int): Interviews already as the ATS has them (no write, version unchanged), and deletions of
                interviews the
                workspace never had.
            updated (int): Interviews whose imported fields changed (version + 1, an `interview.updated` event).
     """

    created: int
    deleted: int
    skipped: list[Skipped]
    unchanged: int
    updated: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.skipped import Skipped # noqa: PLC0415
        created = self.created

        deleted = self.deleted

        skipped = []
        for skipped_item_data in self.skipped:
            skipped_item = skipped_item_data.to_dict()
            skipped.append(skipped_item)



        unchanged = self.unchanged

        updated = self.updated


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created": created,
            "deleted": deleted,
            "skipped": skipped,
            "unchanged": unchanged,
            "updated": updated,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skipped import Skipped # noqa: PLC0415
        d = dict(src_dict)
        created = d.pop("created")

        deleted = d.pop("deleted")

        skipped = []
        _skipped = d.pop("skipped")
        for skipped_item_data in (_skipped):
            skipped_item = Skipped.from_dict(skipped_item_data)



            skipped.append(skipped_item)


        unchanged = d.pop("unchanged")

        updated = d.pop("updated")

        import_report = cls(
            created=created,
            deleted=deleted,
            skipped=skipped,
            unchanged=unchanged,
            updated=updated,
        )


        import_report.additional_properties = d
        return import_report

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
