from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recovery_plan_created_event_type import RecoveryPlanCreatedEventType
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.recovery_plan_response import RecoveryPlanResponse





T = TypeVar("T", bound="RecoveryPlanCreatedEvent")



@_attrs_define
class RecoveryPlanCreatedEvent:
    """ `recovery_plan.created`: A recovery plan was generated.

        Example:
            {'id': '01936f90-1c2d-7e3f-8a4b-5c6d7e8f9a0b', 'type': 'recovery_plan.created', 'created_at':
                '2026-11-25T10:15:00Z', 'workspace_id': '01936f8e-5a1b-7c2d-8e3f-4a5b6c7d8e9f', 'api_version': '2026-12-07',
                'data': {'id': '01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b30', 'interview_id': '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a',
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
                picture.'}}}}

        Attributes:
            api_version (str): The API version `data` is shaped by (see the changelog).
            created_at (datetime.datetime):
            data (RecoveryPlanResponse): A stored recovery plan: an immutable snapshot of what the rules made of one version
                of the interview. Only the
                steps' statuses change afterwards; when the interview or its gaffes change, generate a new plan (older ones stay
                readable). Example: {'id': '01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b30', 'interview_id':
                '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a', 'interview_version': 3, 'rules_version': '2026-12-07.1',
                'model_version': '2026-11-25.1', 'tone': 'formal', 'locale': 'en', 'damage_score': 48, 'band': 'recoverable',
                'created_at': '2026-11-24T18:30:00Z', 'steps': [{'id': '01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b31', 'position': 1,
                'kind': 'cool_off', 'title': 'Take a timeout before acting', 'what_to_do': 'Hold off on any damage control until
                Wed 25 Nov 2026, 08:00 UTC. Do something unrelated in the meantime. Then rate the interview again from 1 to 5:
                interviews usually feel worse straight afterwards than they really went.', 'why': ['You rated the interview 2/5
                right afterwards; the lower the rating, the longer the pause', 'The plan is being made 4 hours after the
                interview'], 'due_at': '2026-11-25T08:00:00Z', 'draft': None, 'status': 'done', 'version': 2, 'updated_at':
                '2026-11-25T08:05:00Z'}, {'id': '01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b32', 'position': 2, 'kind': 'review',
                'title': 'Review the interview, clinically', 'what_to_do': '- Wrong interviewer name (mid-interview): “Called
                the finance director Arnold twice; his name is Armin”. Which name did you use, and when did you notice? Did they
                correct you, or let it pass? Where could you have checked the names beforehand?\\n- No answer on salary (at the
                close), on the question “What are your salary expectations?” What exactly did they ask, and what did you say?
                Which figure would have let you answer in one calm sentence: the going rate, your current pay, your floor? What
                would a confident answer have sounded like?\\nWhat went well: Walked through the variance analysis case
                cleanly.\\nWhat went badly: wrong interviewer name; no answer on salary. Compare the two lists honestly; it may
                be less of a debacle than it felt.', 'why': ['You can only make amends once you know exactly what went wrong',
                'Wrong interviewer name (noticed: certain): Called the finance director Arnold twice; his name is Armin', 'No
                answer on salary (noticed: certain)'], 'due_at': '2026-11-25T10:00:00Z', 'draft': None, 'status': 'pending',
                'version': 1, 'updated_at': '2026-11-24T18:30:00Z'}, {'id': '01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b33', 'position':
                3, 'kind': 'follow_up_note', 'title': 'Send a short thank-you note', 'what_to_do': 'Send the note below to Armin
                Vogel with the subject “Thank you for the Senior Financial Analyst interview”. Fill in the bracketed
                placeholders and keep it short; do not add apologies or explanations. Send it by Wed 25 Nov 2026, 14:00 UTC.',
                'why': ['A thank-you note is basic courtesy and the natural place to set the record straight', 'It repairs:
                wrong interviewer name (noticed: certain)', 'It repairs: no answer on salary (noticed: certain)'], 'due_at':
                '2026-11-25T14:00:00Z', 'draft': 'Dear Armin,\\n\\nMany thanks for meeting with me about the Senior Financial
                Analyst role at Harbor & Finch Capital. I particularly enjoyed walking through the variance analysis case with
                you.\\n\\nOn compensation: having researched the market for this role, I would be looking for a salary in the
                range of [your range].\\n\\nThe position is exactly the kind of work I am eager to take on at Harbor & Finch
                Capital. I look forward to your decision.\\n\\nWith kind regards,\\n[Your name]', 'status': 'pending',
                'version': 1, 'updated_at': '2026-11-24T18:30:00Z'}, {'id': '01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b34', 'position':
                4, 'kind': 'lessons', 'title': 'Forgive yourself, keep the lessons', 'what_to_do': "- Wrong interviewer name:
                Write down every interviewer's name and title before you go in, and say each name aloud once during the
                introductions. Have on hand next time: every interviewer's name, spelling and title, from the invitation.\\n- No
                answer on salary: Research the going rate for the role and the city, and prepare a range you can state in one
                calm sentence. Have on hand next time, for a question like “What are your salary expectations?”: the going rate
                for the role in your city and the range you will ask for.\\nEveryone has an off day. Go over this once, keep the
                list for your next interview, and stop replaying this one.", 'why': ['You logged: wrong interviewer name', 'You
                logged: no answer on salary'], 'due_at': '2026-11-28T14:00:00Z', 'draft': None, 'status': 'pending', 'version':
                1, 'updated_at': '2026-11-24T18:30:00Z'}], 'omitted': [{'kind': 'reference_tip_off', 'reason': 'Nothing for a
                reference to add: a reference can vouch for experience you left out (“Left out key experience”) or a strength a
                weak answer hid (“Weak behavioural answer”), and you logged neither.'}, {'kind': 'second_interview_request',
                'reason': "A second interview is a last resort, and it is not worth asking for here. Nothing says the employer
                was leaning towards you. Record the employer's interest as strong on the interview only if they clearly were:
                they called you a front-runner, fast-tracked you, or the recruiter said so."}], 'encouragement': 'It may feel
                like a disaster, but what you logged points to harm that a good follow-up can repair. This is the moment many
                candidates give up; do not. A short, well-judged follow-up can still save this opportunity with Harbor & Finch
                Capital, and the people you met may matter to you later, whatever happens with this role.', 'lessons': [{'kind':
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
                picture.'}}}.
            id (UUID): Unique per event; a webhook delivery carries it as `webhook-id`, so receivers can drop duplicates.
            workspace_id (UUID): The workspace the event happened in: one receiver can serve several workspaces.
            type_ (RecoveryPlanCreatedEventType): The event type: this member's only value.
     """

    api_version: str
    created_at: datetime.datetime
    data: RecoveryPlanResponse
    id: UUID
    workspace_id: UUID
    type_: RecoveryPlanCreatedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.recovery_plan_response import RecoveryPlanResponse # noqa: PLC0415
        api_version = self.api_version

        created_at = self.created_at.isoformat()

        data = self.data.to_dict()

        id = str(self.id)

        workspace_id = str(self.workspace_id)

        type_ = self.type_.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "api_version": api_version,
            "created_at": created_at,
            "data": data,
            "id": id,
            "workspace_id": workspace_id,
            "type": type_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recovery_plan_response import RecoveryPlanResponse # noqa: PLC0415
        d = dict(src_dict)
        api_version = d.pop("api_version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        data = RecoveryPlanResponse.from_dict(d.pop("data"))




        id = UUID(d.pop("id"))




        workspace_id = UUID(d.pop("workspace_id"))




        type_ = RecoveryPlanCreatedEventType(d.pop("type"))




        recovery_plan_created_event = cls(
            api_version=api_version,
            created_at=created_at,
            data=data,
            id=id,
            workspace_id=workspace_id,
            type_=type_,
        )


        recovery_plan_created_event.additional_properties = d
        return recovery_plan_created_event

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
