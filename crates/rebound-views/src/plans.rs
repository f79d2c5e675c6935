//! Recovery plans as the API shows them: the stored snapshot, its steps, the step kinds it left out and its lessons.
//! The domain makes the plan (`rebound_domain::plan::generate_plan`); the service stores it as rows and shows the
//! stored plan with these shapes.

use chrono::{DateTime, Utc};
use rebound_domain::ids::{InterviewId, PlanId, StepId};
use serde::Serialize;
use utoipa::ToSchema;

use crate::assessments::Assessment;
use rebound_domain::json_text::JsonText;
use rebound_domain::note::NoteTone;
use rebound_domain::plan::{self, StepKind, StepStatus};
use rebound_domain::{DamageBand, GaffeKind};

/// One step of a stored recovery plan.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b33",
    "position": 3,
    "kind": "follow_up_note",
    "title": "Send a short thank-you note",
    "what_to_do": "Send the note below to Armin Vogel with the subject “Thank you for the Senior Financial Analyst interview”. Fill in the bracketed placeholders and keep it short; do not add apologies or explanations. Send it by Wed 25 Nov 2026, 14:00 UTC.",
    "why": [
        "A thank-you note is basic courtesy and the natural place to set the record straight",
        "It repairs: wrong interviewer name (noticed: certain)",
        "It repairs: no answer on salary (noticed: certain)"
    ],
    "due_at": "2026-11-25T14:00:00Z",
    "draft": "Dear Armin,\n\nMany thanks for meeting with me about the Senior Financial Analyst role at Harbor & Finch Capital. I particularly enjoyed walking through the variance analysis case with you.\n\nOn compensation: having researched the market for this role, I would be looking for a salary in the range of [your range].\n\nThe position is exactly the kind of work I am eager to take on at Harbor & Finch Capital. I look forward to your decision.\n\nWith kind regards,\n[Your name]",
    "status": "done",
    "version": 2,
    "updated_at": "2026-11-25T15:02:00Z"
}))]
pub struct PlanStepResponse {
    /// The step's id.
    #[schema(value_type = Uuid)]
    pub id: StepId,
    /// Its place in the plan, from 1; steps are in the order to take them and their due times never go backwards.
    pub position: u32,
    /// What kind of step this is; clients should tolerate new kinds.
    pub kind: StepKind,
    /// A short imperative title.
    pub title: String,
    /// What to do, concretely; may span several lines, one per prompt or item.
    pub what_to_do: String,
    /// The logged gaffes and conditions that triggered the step.
    pub why: Vec<String>,
    /// When to do it by; never before the plan was made. Worked out on the candidate's local clock (the
    /// interview's time zone, else the candidate's, else UTC): a step a day later keeps its local time across a
    /// clock change, a deadline that would fall between 21:00 and 08:00 moves to 09:00, and a reference tip-off
    /// (and a second-interview request) that would fall on a weekend moves to Monday 09:00.
    pub due_at: DateTime<Utc>,
    /// A ready-to-edit text: the note for `follow_up_note`, the message for `reference_tip_off`; `null` otherwise.
    pub draft: Option<String>,
    /// `pending`, `done` or `skipped`.
    pub status: StepStatus,
    /// Increases with every status change; also sent as the `ETag` of the step.
    pub version: i32,
    /// When the status last changed (or the step was created).
    pub updated_at: DateTime<Utc>,
}

/// A step kind left out of the plan, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "kind": "second_interview_request",
    "reason": "A second interview is a last resort, and it is not worth asking for here. Nothing says the employer was leaning towards you. Record the employer's interest as strong on the interview only if they clearly were: they called you a front-runner, fast-tracked you, or the recruiter said so."
}))]
pub struct OmittedStep {
    /// The step kind left out.
    pub kind: StepKind,
    /// Which condition failed, in a sentence.
    pub reason: String,
}

impl From<&plan::OmittedStep> for OmittedStep {
    fn from(omitted: &plan::OmittedStep) -> Self {
        OmittedStep {
            kind: omitted.kind,
            reason: omitted.reason.clone(),
        }
    }
}

/// One prevention item for next time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "kind": "omitted_key_experience",
    "prevention": "List the three parts of your experience that fit the role best, and tick them off as you mention them. Have on hand next time: a short list of the experiences that fit the role best, with one figure each."
}))]
pub struct Lesson {
    /// The kind of slip.
    pub kind: GaffeKind,
    /// What to do differently next time.
    pub prevention: String,
}

impl From<&plan::Lesson> for Lesson {
    fn from(lesson: &plan::Lesson) -> Self {
        Lesson {
            kind: lesson.kind,
            prevention: lesson.prevention.clone(),
        }
    }
}

/// A stored recovery plan: an immutable snapshot of what the rules made of one version of the interview. Only the
/// steps' statuses change afterwards; when the interview or its gaffes change, generate a new plan (older ones stay
/// readable).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b30",
    "interview_id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
    "interview_version": 3,
    "rules_version": "2026-12-07.1",
    "model_version": "2026-11-25.1",
    "tone": "formal",
    "locale": "en",
    "damage_score": 48,
    "band": "recoverable",
    "created_at": "2026-11-24T18:30:00Z",
    "steps": [
        {
            "id": "01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b31",
            "position": 1,
            "kind": "cool_off",
            "title": "Take a timeout before acting",
            "what_to_do": "Hold off on any damage control until Wed 25 Nov 2026, 08:00 UTC. Do something unrelated in the meantime. Then rate the interview again from 1 to 5: interviews usually feel worse straight afterwards than they really went.",
            "why": [
                "You rated the interview 2/5 right afterwards; the lower the rating, the longer the pause",
                "The plan is being made 4 hours after the interview"
            ],
            "due_at": "2026-11-25T08:00:00Z",
            "draft": null,
            "status": "done",
            "version": 2,
            "updated_at": "2026-11-25T08:05:00Z"
        },
        {
            "id": "01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b32",
            "position": 2,
            "kind": "review",
            "title": "Review the interview, clinically",
            "what_to_do": "- Wrong interviewer name (mid-interview): “Called the finance director Arnold twice; his name is Armin”. Which name did you use, and when did you notice? Did they correct you, or let it pass? Where could you have checked the names beforehand?\n- No answer on salary (at the close), on the question “What are your salary expectations?” What exactly did they ask, and what did you say? Which figure would have let you answer in one calm sentence: the going rate, your current pay, your floor? What would a confident answer have sounded like?\nWhat went well: Walked through the variance analysis case cleanly.\nWhat went badly: wrong interviewer name; no answer on salary. Compare the two lists honestly; it may be less of a debacle than it felt.",
            "why": [
                "You can only make amends once you know exactly what went wrong",
                "Wrong interviewer name (noticed: certain): Called the finance director Arnold twice; his name is Armin",
                "No answer on salary (noticed: certain)"
            ],
            "due_at": "2026-11-25T10:00:00Z",
            "draft": null,
            "status": "pending",
            "version": 1,
            "updated_at": "2026-11-24T18:30:00Z"
        },
        {
            "id": "01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b33",
            "position": 3,
            "kind": "follow_up_note",
            "title": "Send a short thank-you note",
            "what_to_do": "Send the note below to Armin Vogel with the subject “Thank you for the Senior Financial Analyst interview”. Fill in the bracketed placeholders and keep it short; do not add apologies or explanations. Send it by Wed 25 Nov 2026, 14:00 UTC.",
            "why": [
                "A thank-you note is basic courtesy and the natural place to set the record straight",
                "It repairs: wrong interviewer name (noticed: certain)",
                "It repairs: no answer on salary (noticed: certain)"
            ],
            "due_at": "2026-11-25T14:00:00Z",
            "draft": "Dear Armin,\n\nMany thanks for meeting with me about the Senior Financial Analyst role at Harbor & Finch Capital. I particularly enjoyed walking through the variance analysis case with you.\n\nOn compensation: having researched the market for this role, I would be looking for a salary in the range of [your range].\n\nThe position is exactly the kind of work I am eager to take on at Harbor & Finch Capital. I look forward to your decision.\n\nWith kind regards,\n[Your name]",
            "status": "pending",
            "version": 1,
            "updated_at": "2026-11-24T18:30:00Z"
        },
        {
            "id": "01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b34",
            "position": 4,
            "kind": "lessons",
            "title": "Forgive yourself, keep the lessons",
            "what_to_do": "- Wrong interviewer name: Write down every interviewer's name and title before you go in, and say each name aloud once during the introductions. Have on hand next time: every interviewer's name, spelling and title, from the invitation.\n- No answer on salary: Research the going rate for the role and the city, and prepare a range you can state in one calm sentence. Have on hand next time, for a question like “What are your salary expectations?”: the going rate for the role in your city and the range you will ask for.\nEveryone has an off day. Go over this once, keep the list for your next interview, and stop replaying this one.",
            "why": [
                "You logged: wrong interviewer name",
                "You logged: no answer on salary"
            ],
            "due_at": "2026-11-28T14:00:00Z",
            "draft": null,
            "status": "pending",
            "version": 1,
            "updated_at": "2026-11-24T18:30:00Z"
        }
    ],
    "omitted": [
        {
            "kind": "reference_tip_off",
            "reason": "Nothing for a reference to add: a reference can vouch for experience you left out (“Left out key experience”) or a strength a weak answer hid (“Weak behavioural answer”), and you logged neither."
        },
        {
            "kind": "second_interview_request",
            "reason": "A second interview is a last resort, and it is not worth asking for here. Nothing says the employer was leaning towards you. Record the employer's interest as strong on the interview only if they clearly were: they called you a front-runner, fast-tracked you, or the recruiter said so."
        }
    ],
    "encouragement": "It may feel like a disaster, but what you logged points to harm that a good follow-up can repair. This is the moment many candidates give up; do not. A short, well-judged follow-up can still save this opportunity with Harbor & Finch Capital, and the people you met may matter to you later, whatever happens with this role.",
    "lessons": [
        {
            "kind": "wrong_interviewer_name",
            "prevention": "Write down every interviewer's name and title before you go in, and say each name aloud once during the introductions. Have on hand next time: every interviewer's name, spelling and title, from the invitation."
        },
        {
            "kind": "salary_blank",
            "prevention": "Research the going rate for the role and the city, and prepare a range you can state in one calm sentence. Have on hand next time, for a question like “What are your salary expectations?”: the going rate for the role in your city and the range you will ask for."
        }
    ],
    "assessment": {
        "model_version": "2026-11-25.1",
        "damage_score": 48,
        "band": "recoverable",
        "raw_points": 10.5,
        "offset_points": 0.75,
        "gaffes": [
            {
                "index": 0,
                "kind": "wrong_interviewer_name",
                "impact": 5.0,
                "reasons": [
                    "\"Wrong interviewer name\" is a moderate gaffe (severity 5 of 10).",
                    "The interviewer certainly noticed it, so it counts in full.",
                    "It happened in the middle of the interview, where a single slip is diluted by the rest of the conversation.",
                    "It was not corrected during the interview."
                ]
            },
            {
                "index": 1,
                "kind": "salary_blank",
                "impact": 5.5,
                "reasons": [
                    "\"No answer on salary\" is a moderate gaffe (severity 5 of 10).",
                    "The interviewer certainly noticed it, so it counts in full.",
                    "It happened near the end, which interviewers tend to remember best, so it weighs a little more.",
                    "It was not corrected during the interview."
                ]
            }
        ],
        "questions": [],
        "offsets": [
            "You logged a strength, \"Walked through the variance analysis case cleanly\"; what went well counts in your favour."
        ],
        "calibration": {
            "self_rating": 2,
            "evidence_rating": 2,
            "verdict": "matches_evidence",
            "note": "Your own rating of 2 out of 5 matches what you logged, so you can plan the follow-up from a clear picture."
        }
    }
}))]
pub struct RecoveryPlanResponse {
    /// The plan's id.
    #[schema(value_type = Uuid)]
    pub id: PlanId,
    /// The interview it is for.
    #[schema(value_type = Uuid)]
    pub interview_id: InterviewId,
    /// The interview version (which moves with its gaffes) the plan was made from.
    pub interview_version: i32,
    /// The version of the plan rules that made it.
    pub rules_version: String,
    /// The version of the scoring model behind `damage_score`.
    pub model_version: String,
    /// The register of the drafted follow-up note.
    pub tone: NoteTone,
    /// The language every text of the plan is written in: its candidate's `locale` when it was made. It never
    /// changes afterwards, so a plan reads the same when the candidate's language changes later.
    #[schema(value_type = crate::locales::LocaleTag)]
    pub locale: String,
    /// The damage score (0–100) the plan was based on; the same as `assessment.damage_score`.
    #[schema(minimum = 0, maximum = 100)]
    pub damage_score: u8,
    /// The damage score in words.
    pub band: DamageBand,
    /// When the plan was made; every due time was computed from it and the interview time.
    pub created_at: DateTime<Utc>,
    /// The steps, in the order to take them.
    pub steps: Vec<PlanStepResponse>,
    /// The step kinds left out, each with the condition that failed.
    pub omitted: Vec<OmittedStep>,
    /// Article step 3, for a candidate who feels it was a disaster (self-rating 1 or 2) or whose damage is
    /// serious: why it is not the end; `null` otherwise.
    pub encouragement: Option<String>,
    /// One prevention item per kind of logged gaffe, in catalogue order; they feed the candidate's prep checklist.
    pub lessons: Vec<Lesson>,
    /// The full assessment the plan was based on, exactly as it was when the plan was made.
    // Served as stored (the domain's serialization, which the documented type matches; see `assessments`).
    #[schema(value_type = Assessment)]
    pub assessment: JsonText,
}

crate::listed!(
    RecoveryPlanResponse,
    "RecoveryPlanList",
    "A page of an interview's recovery plans, newest first.",
    serde_json::json!({"data": [], "next_cursor": null}),
    data = "The plans of this page."
);

/// A page of an interview's recovery plans, newest first.
pub type RecoveryPlanList = crate::Page<RecoveryPlanResponse>;

#[cfg(test)]
mod tests {
    use super::*;
    use rebound_domain::plan::{generate_plan, PlanInput};
    use rebound_domain::scoring::assess;
    use rebound_domain::test_support::week_later_plan;
    use rebound_domain::test_support::{assert_schema_example, json};
    use rebound_domain::{
        AnswerQuality, EmployerInterest, Format, GaffeFacts, GaffeKind, InterviewFacts,
        Interviewer, Moment, Noticed, Outcome, Question, Stage,
    };
    use utoipa::PartialSchema;

    /// The wrong-name/salary-blank interview of the examples, and its gaffes.
    fn wrong_name_interview() -> (InterviewFacts, Vec<GaffeFacts>) {
        let facts = InterviewFacts {
            company: "Harbor & Finch Capital".into(),
            role_title: "Senior Financial Analyst".into(),
            stage: Stage::Final,
            format: Format::Onsite,
            occurred_at: "2026-11-24T14:00:00Z".parse().unwrap(),
            duration_minutes: Some(60),
            interviewers: vec![Interviewer {
                name: "Armin Vogel".into(),
                title: Some("Finance Director".into()),
                email: None,
            }],
            questions: vec![Question {
                question: "What are your salary expectations?".into(),
                answer_summary: Some("Froze and said I had not thought about it.".into()),
                quality: AnswerQuality::Blanked,
            }],
            strengths: vec!["Walked through the variance analysis case cleanly".into()],
            self_rating: 2,
            outcome: Outcome::Pending,
            employer_interest: EmployerInterest::Unknown,
        };
        let gaffe = |kind, moment, description: Option<&str>, question_index| GaffeFacts {
            kind,
            description: description.map(str::to_string),
            noticed: Noticed::Certain,
            moment,
            corrected_in_interview: false,
            extenuating_circumstance: None,
            question_index,
            correction: None,
        };
        let gaffes = vec![
            gaffe(
                GaffeKind::WrongInterviewerName,
                Moment::Mid,
                Some("Called the finance director Arnold twice; his name is Armin."),
                None,
            ),
            gaffe(GaffeKind::SalaryBlank, Moment::Closing, None, Some(0)),
        ];
        (facts, gaffes)
    }

    #[test]
    fn the_plan_example_is_what_the_rules_make_of_the_wrong_name_interview() {
        let (facts, gaffes) = wrong_name_interview();
        let assessment = assess(&facts, &gaffes);
        let plan = generate_plan(&PlanInput::new(
            facts,
            gaffes,
            &assessment,
            "2026-11-24T18:30:00Z".parse().unwrap(),
            NoteTone::Formal,
        ));
        let example =
            serde_json::to_value(RecoveryPlanResponse::schema()).unwrap()["example"].clone();
        assert_eq!(
            example["assessment"],
            serde_json::to_value(Assessment::from(&assessment)).unwrap()
        );
        assert_eq!(example["damage_score"], assessment.damage_score);
        assert_eq!(example["rules_version"], plan.rules_version);
        assert_eq!(example["encouragement"], json(&plan.encouragement));
        let omitted: Vec<_> = plan.omitted.iter().map(OmittedStep::from).collect();
        assert_eq!(example["omitted"], json(&omitted));
        let lessons: Vec<_> = plan.lessons.iter().map(Lesson::from).collect();
        assert_eq!(example["lessons"], json(&lessons));
        let steps = example["steps"].as_array().unwrap();
        assert_eq!(steps.len(), plan.steps.len());
        for (shown, made) in steps.iter().zip(&plan.steps) {
            assert_eq!(shown["kind"], json(&made.kind));
            assert_eq!(shown["title"], made.title);
            assert_eq!(shown["what_to_do"], made.what_to_do);
            assert_eq!(shown["why"], json(&made.why));
            assert_eq!(shown["due_at"], json(&made.due_at));
            assert_eq!(shown["draft"], json(&made.draft));
        }
        let draft = steps[2]["draft"].as_str().unwrap();
        assert!(draft.starts_with("Dear Armin,") && !draft.contains("Arnold"));
        let step_example =
            serde_json::to_value(PlanStepResponse::schema()).unwrap()["example"].clone();
        assert_eq!(step_example["draft"], steps[2]["draft"]);
    }

    #[test]
    fn the_omitted_step_and_lesson_examples_are_a_real_plan() {
        let plan = week_later_plan();
        let second = plan
            .omitted
            .iter()
            .find(|o| o.kind == StepKind::SecondInterviewRequest)
            .expect("no second interview");
        assert_schema_example::<OmittedStep>(json(&OmittedStep::from(second)));
        assert_eq!(plan.lessons[1].kind, GaffeKind::OmittedKeyExperience);
        assert_schema_example::<Lesson>(json(&Lesson::from(&plan.lessons[1])));
    }
}
