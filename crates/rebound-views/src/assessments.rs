//! What the scoring rules make of an interview: the assessment, alone (of a draft) or with the interview it belongs
//! to. The domain computes it (`rebound_domain::scoring::assess`); these are its wire shapes.

use rebound_domain::ids::InterviewId;
use serde::Serialize;
use utoipa::ToSchema;

use crate::parts::example_extending;
use rebound_domain::scoring::{self, CalibrationVerdict};
use rebound_domain::{AnswerQuality, DamageBand, GaffeKind};

/// The assessment of a logged interview.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = interview_assessment_example)]
pub struct InterviewAssessment {
    #[schema(value_type = Uuid)]
    pub interview_id: InterviewId,
    /// The interview version this assessment was computed from.
    pub interview_version: i32,
    #[serde(flatten)]
    pub assessment: Assessment,
}

fn interview_assessment_example() -> serde_json::Value {
    example_extending::<Assessment>(serde_json::json!({
        "interview_id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
        "interview_version": 4
    }))
}

/// The assessment of one interview.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({
    "model_version": "2026-11-25.1",
    "damage_score": 48,
    "band": "recoverable",
    "raw_points": 11.75,
    "offset_points": 2.0,
    "gaffes": [
        {
            "index": 0,
            "kind": "wrong_interviewer_name",
            "impact": 3.75,
            "reasons": [
                "\"Wrong interviewer name\" is a moderate gaffe (severity 5 of 10).",
                "The interviewer probably noticed it, so it counts at three quarters of its weight.",
                "It happened in the middle of the interview, where a single slip is diluted by the rest of the conversation.",
                "It was not corrected during the interview."
            ]
        },
        {
            "index": 1,
            "kind": "salary_blank",
            "impact": 5.0,
            "reasons": [
                "\"No answer on salary\" is a moderate gaffe (severity 5 of 10).",
                "The interviewer certainly noticed it, so it counts in full.",
                "It happened in the middle of the interview, where a single slip is diluted by the rest of the conversation.",
                "It was not corrected during the interview."
            ]
        },
        {
            "index": 2,
            "kind": "omitted_key_experience",
            "impact": 2.0,
            "reasons": [
                "\"Left out key experience\" is a moderate gaffe (severity 4 of 10).",
                "You are not sure it was noticed, so it counts at half its weight.",
                "It happened in the middle of the interview, where a single slip is diluted by the rest of the conversation.",
                "It was not corrected during the interview."
            ]
        }
    ],
    "questions": [
        {
            "index": 2,
            "quality": "weak",
            "impact": 1.0,
            "reason": "On question 3 (\"Tell me about a difficult coworker.\") your answer was weak and no gaffe is logged for it, so it adds 1 point."
        }
    ],
    "offsets": [
        "You logged 2 strengths, such as \"Walked through the three-statement model cleanly\"; what went well counts in your favour.",
        "1 of your 4 answers was strong, which offsets some of the damage."
    ],
    "calibration": {
        "self_rating": 1,
        "evidence_rating": 2,
        "verdict": "felt_worse_than_evidence",
        "note": "You rated the interview 1 out of 5, but what you logged points to about 2 out of 5. That gap is very common: straight after an interview, nerves make it look worse than it was. Give it a few hours, or a day, before deciding what to do."
    }
}))]
pub struct Assessment {
    /// Version of the scoring model that produced this assessment.
    pub model_version: String,
    /// Estimated damage from 0 (none) to 100 (as bad as it gets).
    #[schema(minimum = 0, maximum = 100)]
    pub damage_score: u8,
    /// The damage score in words.
    pub band: DamageBand,
    /// Total damage points before offsets: the gaffe impacts plus unaccounted weak or blanked answers.
    pub raw_points: f64,
    /// Points taken off for strengths and strong answers (bounded, so they soften but never erase serious gaffes).
    pub offset_points: f64,
    /// How each gaffe contributed, in the order the gaffes were given.
    pub gaffes: Vec<GaffeImpact>,
    /// Weak or blanked answers that the logged gaffes do not fully account for, and what they add.
    pub questions: Vec<QuestionImpact>,
    /// What counts in the candidate's favour, one sentence each.
    pub offsets: Vec<String>,
    /// How the candidate's own rating compares with the evidence.
    pub calibration: Calibration,
}

/// How one gaffe contributed to the damage score.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({
    "index": 1,
    "kind": "salary_blank",
    "impact": 5.0,
    "reasons": [
        "\"No answer on salary\" is a moderate gaffe (severity 5 of 10).",
        "The interviewer certainly noticed it, so it counts in full.",
        "It happened in the middle of the interview, where a single slip is diluted by the rest of the conversation.",
        "It was not corrected during the interview."
    ]
}))]
pub struct GaffeImpact {
    /// Position of the gaffe in the interview's gaffe list (0-based).
    pub index: usize,
    /// The gaffe kind.
    pub kind: GaffeKind,
    /// Damage points this gaffe contributes, after weighting (two decimals).
    pub impact: f64,
    /// Why it weighs what it weighs, one sentence each.
    pub reasons: Vec<String>,
}

/// Damage from a weak or blanked answer beyond what the gaffes logged against it already account for.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({
    "index": 2,
    "quality": "weak",
    "impact": 1.0,
    "reason": "On question 3 (\"Tell me about a difficult coworker.\") your answer was weak and no gaffe is logged for it, so it adds 1 point."
}))]
pub struct QuestionImpact {
    /// Position of the question in the interview's question list (0-based).
    pub index: usize,
    /// How the answer went.
    pub quality: AnswerQuality,
    /// Damage points added (two decimals).
    pub impact: f64,
    /// Why it adds damage, in a sentence.
    pub reason: String,
}

/// How the candidate's own rating compares with what the logged evidence suggests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "self_rating": 1,
    "evidence_rating": 2,
    "verdict": "felt_worse_than_evidence",
    "note": "You rated the interview 1 out of 5, but what you logged points to about 2 out of 5. That gap is very common: straight after an interview, nerves make it look worse than it was. Give it a few hours, or a day, before deciding what to do."
}))]
pub struct Calibration {
    /// The candidate's own rating right after the interview: 1 (disaster) to 5 (great).
    #[schema(minimum = 1, maximum = 5)]
    pub self_rating: u8,
    /// The rating the damage score suggests, on the same 1–5 scale.
    #[schema(minimum = 1, maximum = 5)]
    pub evidence_rating: u8,
    /// Which way, if any, the two ratings differ.
    pub verdict: CalibrationVerdict,
    /// A short, kind note on what the comparison means.
    pub note: String,
}

impl From<&scoring::Assessment> for Assessment {
    fn from(assessment: &scoring::Assessment) -> Self {
        Assessment {
            model_version: assessment.model_version.clone(),
            damage_score: assessment.damage_score,
            band: assessment.band,
            raw_points: assessment.raw_points,
            offset_points: assessment.offset_points,
            gaffes: assessment.gaffes.iter().map(GaffeImpact::from).collect(),
            questions: assessment
                .questions
                .iter()
                .map(QuestionImpact::from)
                .collect(),
            offsets: assessment.offsets.clone(),
            calibration: Calibration::from(&assessment.calibration),
        }
    }
}

impl From<&scoring::GaffeImpact> for GaffeImpact {
    fn from(impact: &scoring::GaffeImpact) -> Self {
        GaffeImpact {
            index: impact.index,
            kind: impact.kind,
            impact: impact.impact,
            reasons: impact.reasons.clone(),
        }
    }
}

impl From<&scoring::QuestionImpact> for QuestionImpact {
    fn from(impact: &scoring::QuestionImpact) -> Self {
        QuestionImpact {
            index: impact.index,
            quality: impact.quality,
            impact: impact.impact,
            reason: impact.reason.clone(),
        }
    }
}

impl From<&scoring::Calibration> for Calibration {
    fn from(calibration: &scoring::Calibration) -> Self {
        Calibration {
            self_rating: calibration.self_rating,
            evidence_rating: calibration.evidence_rating,
            verdict: calibration.verdict,
            note: calibration.note.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rebound_domain::scoring::assess;
    use rebound_domain::test_support::bad_interview;
    use rebound_domain::test_support::{assert_schema_example, json};

    #[test]
    fn the_schema_examples_are_a_real_assessment() {
        let (facts, gaffes) = bad_interview();
        let a = Assessment::from(&assess(&facts, &gaffes));
        assert_schema_example::<Assessment>(json(&a));
        assert_schema_example::<GaffeImpact>(json(&a.gaffes[1]));
        assert_schema_example::<QuestionImpact>(json(&a.questions[0]));
        assert_schema_example::<Calibration>(json(&a.calibration));
    }

    /// A plan serves the assessment it stored (the domain's serialization) as this type documents it: the two must
    /// not drift apart.
    #[test]
    fn the_stored_snapshot_reads_as_the_documented_assessment() {
        let (facts, gaffes) = bad_interview();
        let assessed = assess(&facts, &gaffes);
        assert_eq!(
            serde_json::to_value(&assessed).unwrap(),
            json(&Assessment::from(&assessed))
        );
    }
}
