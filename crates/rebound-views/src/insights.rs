//! Insights across a candidate's interviews: recurring slips, the damage trend, self-ratings against the evidence
//! and a prep checklist. The domain computes them (`rebound_domain::insights::candidate_insights`); these are their
//! wire shapes.

use chrono::{DateTime, Utc};
use rebound_domain::ids::CandidateId;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::parts::example_extending;
use rebound_domain::insights::{self, SelfRatingVerdict};
use rebound_domain::{DamageBand, GaffeKind};

/// Insights across a candidate's interviews.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = candidate_insights_example)]
pub struct CandidateInsightsResponse {
    /// The candidate.
    #[schema(value_type = Uuid)]
    pub candidate_id: CandidateId,
    /// The insights, computed from the candidate's most recent interviews (up to 100).
    #[serde(flatten)]
    pub insights: CandidateInsights,
}

fn candidate_insights_example() -> serde_json::Value {
    example_extending::<CandidateInsights>(
        serde_json::json!({"candidate_id": "01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f"}),
    )
}

/// A kind of gaffe logged in more than one interview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "kind": "salary_blank",
    "count": 2,
    "interviews": 2
}))]
pub struct RecurringGaffe {
    /// The gaffe kind.
    pub kind: GaffeKind,
    /// How many gaffes of this kind were logged, in all.
    pub count: usize,
    /// In how many interviews it was logged (at least 2).
    pub interviews: usize,
}

/// The damage of one interview, for the trend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "interview_id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
    "occurred_at": "2026-11-10T14:00:00Z",
    "company": "Harbor & Finch Capital",
    "damage_score": 48,
    "band": "recoverable"
}))]
pub struct TrendPoint {
    /// The interview.
    pub interview_id: Uuid,
    /// When it took place.
    pub occurred_at: DateTime<Utc>,
    /// The company it was with.
    pub company: String,
    /// Its damage score (0–100) under the current scoring model.
    #[schema(minimum = 0, maximum = 100)]
    pub damage_score: u8,
    /// The damage score in words.
    pub band: DamageBand,
}

/// The candidate's average self-rating next to the average rating the evidence suggests.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({
    "average_self_rating": 1.5,
    "average_evidence_rating": 3.0,
    "verdict": "catastrophises",
    "note": "On average you rate your interviews 1.5 out of 5, while what you logged points to about 3.0. You are harder on yourself than the evidence is: before deciding an interview went badly, give it a day and go over what actually happened."
}))]
pub struct SelfRatingComparison {
    /// The average of the candidate's own ratings (1–5), two decimals.
    pub average_self_rating: f64,
    /// The average rating the damage scores suggest, on the same 1–5 scale, two decimals.
    pub average_evidence_rating: f64,
    /// Which way, if any, the two averages differ.
    pub verdict: SelfRatingVerdict,
    /// A short, kind note on what that means.
    pub note: String,
}

/// One item of the prep checklist for the next interview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "kind": "salary_blank",
    "prevention": "Research the going rate for the role and the city, and prepare a range you can state in one calm sentence. Have on hand next time: the going rate for the role in your city and the range you will ask for.",
    "interviews": 2
}))]
pub struct PrepItem {
    /// The kind of slip it prevents.
    pub kind: GaffeKind,
    /// What to do before the next interview.
    pub prevention: String,
    /// In how many interviews' recovery plans this lesson came up.
    pub interviews: usize,
}

/// Everything the insights say about one candidate.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({
    "summary": "Damage is falling: 48 \u{2192} 21 over your last two interviews; no answer on salary keeps coming back (2 of 2 interviews).",
    "interviews_considered": 2,
    "recurring_gaffes": [
        {
            "kind": "salary_blank",
            "count": 2,
            "interviews": 2
        }
    ],
    "damage_trend": [
        {
            "interview_id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
            "occurred_at": "2026-11-10T14:00:00Z",
            "company": "Harbor & Finch Capital",
            "damage_score": 48,
            "band": "recoverable"
        },
        {
            "interview_id": "01936f95-0a1b-7c2d-8e3f-4a5b6c7d8e9f",
            "occurred_at": "2026-11-24T09:30:00Z",
            "company": "Northwind Capital",
            "damage_score": 21,
            "band": "minor"
        }
    ],
    "self_rating": {
        "average_self_rating": 1.5,
        "average_evidence_rating": 3.0,
        "verdict": "catastrophises",
        "note": "On average you rate your interviews 1.5 out of 5, while what you logged points to about 3.0. You are harder on yourself than the evidence is: before deciding an interview went badly, give it a day and go over what actually happened."
    },
    "prep_checklist": [
        {
            "kind": "salary_blank",
            "prevention": "Research the going rate for the role and the city, and prepare a range you can state in one calm sentence. Have on hand next time: the going rate for the role in your city and the range you will ask for.",
            "interviews": 2
        },
        {
            "kind": "wrong_interviewer_name",
            "prevention": "Write down every interviewer's name and title before you go in, and say each name aloud once during the introductions. Have on hand next time: every interviewer's name, spelling and title, from the invitation.",
            "interviews": 1
        },
        {
            "kind": "omitted_key_experience",
            "prevention": "List the three parts of your experience that fit the role best, and tick them off as you mention them. Have on hand next time: a short list of the experiences that fit the role best, with one figure each.",
            "interviews": 1
        }
    ]
}))]
pub struct CandidateInsights {
    /// The trend in one line a person can read: which way the damage is moving over the last interviews, and the
    /// slip that keeps coming back, if any.
    #[schema(
        example = "Damage is falling: 48 → 21 over your last two interviews; no answer on salary keeps coming back (2 of 2 interviews)."
    )]
    pub summary: String,
    /// How many interviews the insights are based on.
    pub interviews_considered: usize,
    /// Gaffe kinds logged in two or more interviews: most interviews first, then most gaffes, then catalogue order.
    pub recurring_gaffes: Vec<RecurringGaffe>,
    /// The damage score of every interview considered, oldest first.
    pub damage_trend: Vec<TrendPoint>,
    /// Own ratings against the evidence; absent when no interview is logged.
    pub self_rating: Option<SelfRatingComparison>,
    /// What to prepare before the next interview: one item per kind of slip the recovery plans drew a lesson from,
    /// most frequent first.
    pub prep_checklist: Vec<PrepItem>,
}

impl From<&insights::CandidateInsights> for CandidateInsights {
    fn from(insights: &insights::CandidateInsights) -> Self {
        CandidateInsights {
            summary: insights.summary.clone(),
            interviews_considered: insights.interviews_considered,
            recurring_gaffes: insights.recurring_gaffes.iter().map(Into::into).collect(),
            damage_trend: insights.damage_trend.iter().map(Into::into).collect(),
            self_rating: insights.self_rating.as_ref().map(Into::into),
            prep_checklist: insights.prep_checklist.iter().map(Into::into).collect(),
        }
    }
}

impl From<&insights::RecurringGaffe> for RecurringGaffe {
    fn from(recurring: &insights::RecurringGaffe) -> Self {
        RecurringGaffe {
            kind: recurring.kind,
            count: recurring.count,
            interviews: recurring.interviews,
        }
    }
}

impl From<&insights::TrendPoint> for TrendPoint {
    fn from(point: &insights::TrendPoint) -> Self {
        TrendPoint {
            interview_id: point.interview_id,
            occurred_at: point.occurred_at,
            company: point.company.clone(),
            damage_score: point.damage_score,
            band: point.band,
        }
    }
}

impl From<&insights::SelfRatingComparison> for SelfRatingComparison {
    fn from(comparison: &insights::SelfRatingComparison) -> Self {
        SelfRatingComparison {
            average_self_rating: comparison.average_self_rating,
            average_evidence_rating: comparison.average_evidence_rating,
            verdict: comparison.verdict,
            note: comparison.note.clone(),
        }
    }
}

impl From<&insights::PrepItem> for PrepItem {
    fn from(item: &insights::PrepItem) -> Self {
        PrepItem {
            kind: item.kind,
            prevention: item.prevention.clone(),
            interviews: item.interviews,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rebound_domain::insights::{candidate_insights, InterviewRecord, LessonRecord};
    use rebound_domain::plan::{generate_plan, PlanInput};
    use rebound_domain::scoring::assess;
    use rebound_domain::test_support::{assert_schema_example, json};
    use rebound_domain::test_support::{at, bad_interview, gaffe, interview, strings};
    use rebound_domain::{InterviewFacts, Moment, Noticed};

    /// A stored lesson for every lesson the plan rules give `record`, as if planned at `plan_id`.
    fn planned_lessons(record: &InterviewRecord, plan_id: Uuid) -> Vec<LessonRecord> {
        let assessment = assess(&record.facts, &record.gaffes);
        let plan = generate_plan(&PlanInput::new(
            record.facts.clone(),
            record.gaffes.clone(),
            &assessment,
            record.facts.occurred_at,
            Default::default(),
        ));
        plan.lessons
            .into_iter()
            .map(|lesson| LessonRecord {
                interview_id: record.id,
                plan_id,
                kind: lesson.kind,
                prevention: lesson.prevention,
                locale: rebound_i18n::Locale::En,
            })
            .collect()
    }

    #[test]
    fn the_schema_examples_are_real_insights() {
        let (facts, gaffes) = bad_interview();
        let harbor = InterviewRecord {
            id: "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a".parse().unwrap(),
            facts: InterviewFacts {
                company: "Harbor & Finch Capital".to_string(),
                occurred_at: at("2026-11-10T14:00:00Z"),
                ..facts
            },
            gaffes,
        };
        let northwind = InterviewRecord {
            id: "01936f95-0a1b-7c2d-8e3f-4a5b6c7d8e9f".parse().unwrap(),
            facts: InterviewFacts {
                occurred_at: at("2026-11-24T09:30:00Z"),
                strengths: strings(&["Clear walk-through of the DCF"]),
                ..interview()
            },
            gaffes: vec![gaffe(GaffeKind::SalaryBlank, Noticed::Likely).during(Moment::Opening)],
        };
        let mut lessons = planned_lessons(&harbor, Uuid::from_u128(10));
        lessons.extend(planned_lessons(&northwind, Uuid::from_u128(20)));
        let insights = CandidateInsights::from(&candidate_insights(&[northwind, harbor], &lessons));
        assert_schema_example::<CandidateInsights>(json(&insights));
        assert_schema_example::<RecurringGaffe>(json(&insights.recurring_gaffes[0]));
        assert_schema_example::<TrendPoint>(json(&insights.damage_trend[0]));
        assert_schema_example::<SelfRatingComparison>(json(insights.self_rating.as_ref().unwrap()));
        assert_schema_example::<PrepItem>(json(&insights.prep_checklist[0]));
    }
}
