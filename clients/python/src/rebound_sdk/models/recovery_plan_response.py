from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.damage_band import DamageBand
from ..models.locale_tag import LocaleTag
from ..models.note_tone import NoteTone
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.assessment import Assessment
  from ..models.lesson import Lesson
  from ..models.omitted_step import OmittedStep
  from ..models.plan_step_response import PlanStepResponse





T = TypeVar("T", bound="RecoveryPlanResponse")



@_attrs_define
class RecoveryPlanResponse:
    """ A stored recovery plan: an immutable snapshot of what the rules made of one version of the interview. Only the
    steps' statuses change afterwards; when the interview or its gaffes change, generate a new plan (older ones stay
    readable).

        Example:
            {'id': '01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b30', 'interview_id': '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a',
                'interview_version': 3, 'rules_version': '2026-12-07.1', 'model_version': '2026-11-25.1', 'tone': 'formal',
                'locale': 'en', 'damage_score': 48, 'band': 'recoverable', 'created_at': '2026-11-24T18:30:00Z', 'steps':
                [{'id': '01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b31', 'position': 1, 'kind': 'cool_off', 'title': 'Take a timeout
                before acting', 'what_to_do': 'Hold off on any damage control until Wed 25 Nov 2026, 08:00 UTC. Do something
                unrelated in the meantime. Then rate the interview again from 1 to 5: interviews usually feel worse straight
                afterwards than they really went.', 'why': ['You rated the interview 2/5 right afterwards; the lower the rating,
                the longer the pause', 'The plan is being made 4 hours after the interview'], 'due_at': '2026-11-25T08:00:00Z',
                'draft': None, 'status': 'done', 'version': 2, 'updated_at': '2026-11-25T08:05:00Z'}, {'id':
                '01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b32', 'position': 2, 'kind': 'review', 'title': 'Review the interview,
                clinically', 'what_to_do': '- Wrong interviewer name (mid-interview): “Called the finance director Arnold twice;
                his name is Armin”. Which name did you use, and when did you notice? Did they correct you, or let it pass? Where
                could you have checked the names beforehand?\\n- No answer on salary (at the close), on the question “What are
                your salary expectations?” What exactly did they ask, and what did you say? Which figure would have let you
                answer in one calm sentence: the going rate, your current pay, your floor? What would a confident answer have
                sounded like?\\nWhat went well: Walked through the variance analysis case cleanly.\\nWhat went badly: wrong
                interviewer name; no answer on salary. Compare the two lists honestly; it may be less of a debacle than it
                felt.', 'why': ['You can only make amends once you know exactly what went wrong', 'Wrong interviewer name
                (noticed: certain): Called the finance director Arnold twice; his name is Armin', 'No answer on salary (noticed:
                certain)'], 'due_at': '2026-11-25T10:00:00Z', 'draft': None, 'status': 'pending', 'version': 1, 'updated_at':
                '2026-11-24T18:30:00Z'}, {'id': '01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b33', 'position': 3, 'kind': 'follow_up_note',
                'title': 'Send a short thank-you note', 'what_to_do': 'Send the note below to Armin Vogel with the subject
                “Thank you for the Senior Financial Analyst interview”. Fill in the bracketed placeholders and keep it short; do
                not add apologies or explanations. Send it by Wed 25 Nov 2026, 14:00 UTC.', 'why': ['A thank-you note is basic
                courtesy and the natural place to set the record straight', 'It repairs: wrong interviewer name (noticed:
                certain)', 'It repairs: no answer on salary (noticed: certain)'], 'due_at': '2026-11-25T14:00:00Z', 'draft':
                'Dear Armin,\\n\\nMany thanks for meeting with me about the Senior Financial Analyst role at Harbor & Finch
                Capital. I particularly enjoyed walking through the variance analysis case with you.\\n\\nOn compensation:
                having researched the market for this role, I would be looking for a salary in the range of [your
                range].\\n\\nThe position is exactly the kind of work I am eager to take on at Harbor & Finch Capital. I look
                forward to your decision.\\n\\nWith kind regards,\\n[Your name]', 'status': 'pending', 'version': 1,
                'updated_at': '2026-11-24T18:30:00Z'}, {'id': '01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b34', 'position': 4, 'kind':
                'lessons', 'title': 'Forgive yourself, keep the lessons', 'what_to_do': "- Wrong interviewer name: Write down
                every interviewer's name and title before you go in, and say each name aloud once during the introductions. Have
                on hand next time: every interviewer's name, spelling and title, from the invitation.\\n- No answer on salary:
                Research the going rate for the role and the city, and prepare a range you can state in one calm sentence. Have
                on hand next time, for a question like “What are your salary expectations?”: the going rate for the role in your
                city and the range you will ask for.\\nEveryone has an off day. Go over this once, keep the list for your next
                interview, and stop replaying this one.", 'why': ['You logged: wrong interviewer name', 'You logged: no answer
                on salary'], 'due_at': '2026-11-28T14:00:00Z', 'draft': None, 'status': 'pending', 'version': 1, 'updated_at':
                '2026-11-24T18:30:00Z'}], 'omitted': [{'kind': 'reference_tip_off', 'reason': 'Nothing for a reference to add: a
                reference can vouch for experience you left out (“Left out key experience”) or a strength a weak answer hid
                (“Weak behavioural answer”), and you logged neither.'}, {'kind': 'second_interview_request', 'reason': "A second
                interview is a last resort, and it is not worth asking for here. Nothing says the employer was leaning towards
                you. Record the employer's interest as strong on the interview only if they clearly were: they called you a
                front-runner, fast-tracked you, or the recruiter said so."}], 'encouragement': 'It may feel like a disaster, but
                what you logged points to harm that a good follow-up can repair. This is the moment many candidates give up; do
                not. A short, well-judged follow-up can still save this opportunity with Harbor & Finch Capital, and the people
                you met may matter to you later, whatever happens with this role.', 'lessons': [{'kind':
                'wrong_interviewer_name', 'prevention': "Write down every interviewer's name and title before you go in, and say
                each name aloud once during the introductions. Have on hand next time: every interviewer's name, spelling and
                title, from the invitation."}, {'kind': 'salary_blank', 'prevention': 'Research the going rate for the role and
                the city, and prepare a range you can state in one calm sentence. Have on hand next time, for a question like
                “What are your salary expectations?”: the going rate for the role in your city and the range you will ask
                for.'}], 'assessment': {'model_version': '2026-11-25.1', 'damage_score': 48, 'band': 'recoverable',
                'raw_points': 10.5, 'offset_points': 0.75, 'gaffes': [{'index': 0, 'kind': 'wrong_interviewer_name', 'impact':
                5.0, 'reasons': ['"Wrong interviewer name" is a moderate gaffe (severity 5 of 10).', 'The interviewer certainly
                noticed it, so it counts in full.', 'It happened in the middle of the interview, where a single slip is diluted
                by the rest of the conversation.', 'It was not corrected during the interview.']}, {'index': 1, 'kind':
                'salary_blank', 'impact': 5.5, 'reasons': ['"No answer on salary" is a moderate gaffe (severity 5 of 10).', 'The
                interviewer certainly noticed it, so it counts in full.', 'It happened near the end, which interviewers tend to
                remember best, so it weighs a little more.', 'It was not corrected during the interview.']}], 'questions': [],
                'offsets': ['You logged a strength, "Walked through the variance analysis case cleanly"; what went well counts
                in your favour.'], 'calibration': {'self_rating': 2, 'evidence_rating': 2, 'verdict': 'matches_evidence',
                'note': 'Your own rating of 2 out of 5 matches what you logged, so you can plan the follow-up from a clear
                picture.'}}}

        Attributes:
            assessment (Assessment): The assessment of one interview. Example: {'model_version': '2026-11-25.1',
                'damage_score': 48, 'band': 'recoverable', 'raw_points': 11.75, 'offset_points': 2.0, 'gaffes': [{'index': 0,
                'kind': 'wrong_interviewer_name', 'impact': 3.75, 'reasons': ['"Wrong interviewer name" is a moderate gaffe
                (severity 5 of 10).', 'The interviewer probably noticed it, so it counts at three quarters of its weight.', 'It
                happened in the middle of the interview, where a single slip is diluted by the rest of the conversation.', 'It
                was not corrected during the interview.']}, {'index': 1, 'kind': 'salary_blank', 'impact': 5.0, 'reasons': ['"No
                answer on salary" is a moderate gaffe (severity 5 of 10).', 'The interviewer certainly noticed it, so it counts
                in full.', 'It happened in the middle of the interview, where a single slip is diluted by the rest of the
                conversation.', 'It was not corrected during the interview.']}, {'index': 2, 'kind': 'omitted_key_experience',
                'impact': 2.0, 'reasons': ['"Left out key experience" is a moderate gaffe (severity 4 of 10).', 'You are not
                sure it was noticed, so it counts at half its weight.', 'It happened in the middle of the interview, where a
                single slip is diluted by the rest of the conversation.', 'It was not corrected during the interview.']}],
                'questions': [{'index': 2, 'quality': 'weak', 'impact': 1.0, 'reason': 'On question 3 ("Tell me about a
                difficult coworker.") your answer was weak and no gaffe is logged for it, so it adds 1 point.'}], 'offsets':
                ['You logged 2 strengths, such as "Walked through the three-statement model cleanly"; what went well counts in
                your favour.', '1 of your 4 answers was strong, which offsets some of the damage.'], 'calibration':
                {'self_rating': 1, 'evidence_rating': 2, 'verdict': 'felt_worse_than_evidence', 'note': 'You rated the interview
                1 out of 5, but what you logged points to about 2 out of 5. That gap is very common: straight after an
                interview, nerves make it look worse than it was. Give it a few hours, or a day, before deciding what to do.'}}.
            band (DamageBand | str): The damage score in words.
            created_at (datetime.datetime): When the plan was made; every due time was computed from it and the interview
                time.
            damage_score (int): The damage score (0–100) the plan was based on; the same as `assessment.damage_score`.
            id (UUID): The plan's id.
            interview_id (UUID): The interview it is for.
            interview_version (int): The interview version (which moves with its gaffes) the plan was made from.
            lessons (list[Lesson]): One prevention item per kind of logged gaffe, in catalogue order; they feed the
                candidate's prep checklist.
            locale (LocaleTag | str): The language every text of the plan is written in: its candidate's `locale` when it
                was made. It never
                changes afterwards, so a plan reads the same when the candidate's language changes later.
            model_version (str): The version of the scoring model behind `damage_score`.
            omitted (list[OmittedStep]): The step kinds left out, each with the condition that failed.
            rules_version (str): The version of the plan rules that made it.
            steps (list[PlanStepResponse]): The steps, in the order to take them.
            tone (NoteTone | str): The register of the drafted follow-up note.
            encouragement (None | str | Unset): Article step 3, for a candidate who feels it was a disaster (self-rating 1
                or 2) or whose damage is
                serious: why it is not the end; `null` otherwise.
     """

    assessment: Assessment
    band: DamageBand | str
    created_at: datetime.datetime
    damage_score: int
    id: UUID
    interview_id: UUID
    interview_version: int
    lessons: list[Lesson]
    locale: LocaleTag | str
    model_version: str
    omitted: list[OmittedStep]
    rules_version: str
    steps: list[PlanStepResponse]
    tone: NoteTone | str
    encouragement: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.assessment import Assessment # noqa: PLC0415
        from ..models.lesson import Lesson # noqa: PLC0415
        from ..models.omitted_step import OmittedStep # noqa: PLC0415
        from ..models.plan_step_response import PlanStepResponse # noqa: PLC0415
        assessment = self.assessment.to_dict()

        band: str
        if isinstance(self.band, DamageBand):
            band = self.band.value
        else:
            band = self.band

        created_at = self.created_at.isoformat()

        damage_score = self.damage_score

        id = str(self.id)

        interview_id = str(self.interview_id)

        interview_version = self.interview_version

        lessons = []
        for lessons_item_data in self.lessons:
            lessons_item = lessons_item_data.to_dict()
            lessons.append(lessons_item)



        locale: str
        if isinstance(self.locale, LocaleTag):
            locale = self.locale.value
        else:
            locale = self.locale

        model_version = self.model_version

        omitted = []
        for omitted_item_data in self.omitted:
            omitted_item = omitted_item_data.to_dict()
            omitted.append(omitted_item)



        rules_version = self.rules_version

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)



        tone: str
        if isinstance(self.tone, NoteTone):
            tone = self.tone.value
        else:
            tone = self.tone

        encouragement: None | str | Unset
        if isinstance(self.encouragement, Unset):
            encouragement = UNSET
        else:
            encouragement = self.encouragement


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assessment": assessment,
            "band": band,
            "created_at": created_at,
            "damage_score": damage_score,
            "id": id,
            "interview_id": interview_id,
            "interview_version": interview_version,
            "lessons": lessons,
            "locale": locale,
            "model_version": model_version,
            "omitted": omitted,
            "rules_version": rules_version,
            "steps": steps,
            "tone": tone,
        })
        if encouragement is not UNSET:
            field_dict["encouragement"] = encouragement

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment import Assessment # noqa: PLC0415
        from ..models.lesson import Lesson # noqa: PLC0415
        from ..models.omitted_step import OmittedStep # noqa: PLC0415
        from ..models.plan_step_response import PlanStepResponse # noqa: PLC0415
        d = dict(src_dict)
        assessment = Assessment.from_dict(d.pop("assessment"))




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


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        damage_score = d.pop("damage_score")

        id = UUID(d.pop("id"))




        interview_id = UUID(d.pop("interview_id"))




        interview_version = d.pop("interview_version")

        lessons = []
        _lessons = d.pop("lessons")
        for lessons_item_data in (_lessons):
            lessons_item = Lesson.from_dict(lessons_item_data)



            lessons.append(lessons_item)


        def _parse_locale(data: object) -> LocaleTag | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locale_type_0 = LocaleTag(data)



                return locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocaleTag | str, data)

        locale = _parse_locale(d.pop("locale"))


        model_version = d.pop("model_version")

        omitted = []
        _omitted = d.pop("omitted")
        for omitted_item_data in (_omitted):
            omitted_item = OmittedStep.from_dict(omitted_item_data)



            omitted.append(omitted_item)


        rules_version = d.pop("rules_version")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in (_steps):
            steps_item = PlanStepResponse.from_dict(steps_item_data)



            steps.append(steps_item)


        def _parse_tone(data: object) -> NoteTone | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tone_type_0 = NoteTone(data)



                return tone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NoteTone | str, data)

        tone = _parse_tone(d.pop("tone"))


        def _parse_encouragement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encouragement = _parse_encouragement(d.pop("encouragement", UNSET))


        recovery_plan_response = cls(
            assessment=assessment,
            band=band,
            created_at=created_at,
            damage_score=damage_score,
            id=id,
            interview_id=interview_id,
            interview_version=interview_version,
            lessons=lessons,
            locale=locale,
            model_version=model_version,
            omitted=omitted,
            rules_version=rules_version,
            steps=steps,
            tone=tone,
            encouragement=encouragement,
        )


        recovery_plan_response.additional_properties = d
        return recovery_plan_response

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
