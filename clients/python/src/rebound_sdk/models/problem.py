from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.existing_resource import ExistingResource
  from ..models.field_error import FieldError





T = TypeVar("T", bound="Problem")



@_attrs_define
class Problem:
    """ An RFC 9457 problem document, as every error response carries it.

        Example:
            {'type': 'https://rebound.dev/problems/validation_failed', 'title': 'The request is not valid', 'status': 400,
                'detail': '1 field is invalid.', 'code': 'validation_failed', 'errors': [{'field': 'email', 'message': 'must be
                an e-mail address such as ada@example.com'}]}

        Attributes:
            code (str): Stable, snake_case machine-readable code. Clients should branch on this, and tolerate new values.
            detail (str): What went wrong with this request, in a sentence.
            status (int): The HTTP status code.
            title (str): Short, human-readable summary of the kind of problem.
            type_ (str): A URI naming the kind of problem; stable for a given `code`.
            error (None | str | Unset): OAuth 2.0 error code (RFC 6749 §5.2), present on token-endpoint errors.
            error_description (None | str | Unset): OAuth 2.0 error description, present on token-endpoint errors.
            errors (list[FieldError] | Unset): Field-level problems, present for validation failures.
            existing (ExistingResource | None | Unset):
     """

    code: str
    detail: str
    status: int
    title: str
    type_: str
    error: None | str | Unset = UNSET
    error_description: None | str | Unset = UNSET
    errors: list[FieldError] | Unset = UNSET
    existing: ExistingResource | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.existing_resource import ExistingResource # noqa: PLC0415
        from ..models.field_error import FieldError # noqa: PLC0415
        code = self.code

        detail = self.detail

        status = self.status

        title = self.title

        type_ = self.type_

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_description: None | str | Unset
        if isinstance(self.error_description, Unset):
            error_description = UNSET
        else:
            error_description = self.error_description

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)



        existing: dict[str, Any] | None | Unset
        if isinstance(self.existing, Unset):
            existing = UNSET
        elif isinstance(self.existing, ExistingResource):
            existing = self.existing.to_dict()
        else:
            existing = self.existing


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "detail": detail,
            "status": status,
            "title": title,
            "type": type_,
        })
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if errors is not UNSET:
            field_dict["errors"] = errors
        if existing is not UNSET:
            field_dict["existing"] = existing

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.existing_resource import ExistingResource # noqa: PLC0415
        from ..models.field_error import FieldError # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        detail = d.pop("detail")

        status = d.pop("status")

        title = d.pop("title")

        type_ = d.pop("type")

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))


        def _parse_error_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_description = _parse_error_description(d.pop("error_description", UNSET))


        _errors = d.pop("errors", UNSET)
        errors: list[FieldError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = FieldError.from_dict(errors_item_data)



                errors.append(errors_item)


        def _parse_existing(data: object) -> ExistingResource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                existing_type_0 = ExistingResource.from_dict(data)



                return existing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExistingResource | None | Unset, data)

        existing = _parse_existing(d.pop("existing", UNSET))


        problem = cls(
            code=code,
            detail=detail,
            status=status,
            title=title,
            type_=type_,
            error=error,
            error_description=error_description,
            errors=errors,
            existing=existing,
        )


        problem.additional_properties = d
        return problem

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
