from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.gaffe_kind import GaffeKind
from ..models.recoverability import Recoverability
from ..models.repair_strategy import RepairStrategy
from typing import cast






T = TypeVar("T", bound="GaffeKindEntry")



@_attrs_define
class GaffeKindEntry:
    """ One entry of the gaffe catalogue, as `GET /v1/gaffe-kinds` lists it.

        Example:
            {'kind': 'wrong_interviewer_name', 'title': 'Wrong interviewer name', 'label': 'wrong interviewer name',
                'description': 'Addressed an interviewer by the wrong name, once or throughout. It stings, but it says little
                about how well you would do the job.', 'base_severity': 5, 'recoverability': 'medium', 'repair':
                'note_correction', 'prevention': "Write down every interviewer's name and title before you go in, and say each
                name aloud once during the introductions.", 'review_questions': ['Which name did you use, and when did you
                notice?', 'Did they correct you, or let it pass?', 'Where could you have checked the names beforehand?'],
                'on_hand': "every interviewer's name, spelling and title, from the invitation", 'classic': True}

        Attributes:
            base_severity (int): How much a gaffe of this kind typically hurts, from 1 (barely matters) to 10 (can sink the
                interview on its
                own), before taking into account whether it was noticed, when it happened and whether it was corrected.
            classic (bool): Whether this is one of the eight classic gaffes interview guides warn about.
            description (str): What counts as this kind of gaffe, in a sentence or two.
            kind (GaffeKind | str): The gaffe kind this entry describes.
            label (str): The kind's name for use inside a sentence, in lower case ("late arrival").
            on_hand (str): The information to have on hand next time, so this does not happen again (article step 6: "what
                information
                you needed to answer it confidently"); reads after "have on hand:".
            prevention (str): A concrete tip for avoiding it at the next interview.
            recoverability (Recoverability | str): How far a gaffe of this kind can be undone after the interview.
            repair (RepairStrategy | str): The usual way to repair it after the interview.
            review_questions (list[str]): The post-mortem questions the review asks about a gaffe of this kind (article step
                2), in order.
            title (str): Short name of the kind, capitalised, for headings and lists ("Arrived late").
     """

    base_severity: int
    classic: bool
    description: str
    kind: GaffeKind | str
    label: str
    on_hand: str
    prevention: str
    recoverability: Recoverability | str
    repair: RepairStrategy | str
    review_questions: list[str]
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        base_severity = self.base_severity

        classic = self.classic

        description = self.description

        kind: str
        if isinstance(self.kind, GaffeKind):
            kind = self.kind.value
        else:
            kind = self.kind

        label = self.label

        on_hand = self.on_hand

        prevention = self.prevention

        recoverability: str
        if isinstance(self.recoverability, Recoverability):
            recoverability = self.recoverability.value
        else:
            recoverability = self.recoverability

        repair: str
        if isinstance(self.repair, RepairStrategy):
            repair = self.repair.value
        else:
            repair = self.repair

        review_questions = self.review_questions



        title = self.title


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "base_severity": base_severity,
            "classic": classic,
            "description": description,
            "kind": kind,
            "label": label,
            "on_hand": on_hand,
            "prevention": prevention,
            "recoverability": recoverability,
            "repair": repair,
            "review_questions": review_questions,
            "title": title,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_severity = d.pop("base_severity")

        classic = d.pop("classic")

        description = d.pop("description")

        def _parse_kind(data: object) -> GaffeKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = GaffeKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GaffeKind | str, data)

        kind = _parse_kind(d.pop("kind"))


        label = d.pop("label")

        on_hand = d.pop("on_hand")

        prevention = d.pop("prevention")

        def _parse_recoverability(data: object) -> Recoverability | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recoverability_type_0 = Recoverability(data)



                return recoverability_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Recoverability | str, data)

        recoverability = _parse_recoverability(d.pop("recoverability"))


        def _parse_repair(data: object) -> RepairStrategy | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                repair_type_0 = RepairStrategy(data)



                return repair_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RepairStrategy | str, data)

        repair = _parse_repair(d.pop("repair"))


        review_questions = cast(list[str], d.pop("review_questions"))


        title = d.pop("title")

        gaffe_kind_entry = cls(
            base_severity=base_severity,
            classic=classic,
            description=description,
            kind=kind,
            label=label,
            on_hand=on_hand,
            prevention=prevention,
            recoverability=recoverability,
            repair=repair,
            review_questions=review_questions,
            title=title,
        )


        gaffe_kind_entry.additional_properties = d
        return gaffe_kind_entry

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
