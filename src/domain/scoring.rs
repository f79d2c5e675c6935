//! Interview damage scoring: how much harm the logged gaffes probably did, and whether the candidate's own rating
//! of the interview is harsher or kinder than that evidence.
//!
//! The model is deliberately simple, deterministic and monotone:
//!
//! * each gaffe's impact is its catalogue severity, scaled by how surely it was noticed, by when it happened, by
//!   whether it was corrected in the room and by whether an extenuating circumstance was logged;
//! * weak or blanked answers that no logged gaffe accounts for add a little on top;
//! * strengths and strong answers offset a bounded number of points (the offset depends on the interview only, so
//!   adding a gaffe can never lower the score);
//! * the net points are squashed onto 0–100 with a saturating curve.
//!
//! Points are kept in integer hundredths internally so sums are exact and independent of order.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::catalogue::entry;
use super::text::{clip_chars, non_blank};
use super::{AnswerQuality, DamageBand, GaffeFacts, GaffeKind, InterviewFacts, Moment, Noticed};

/// Version of the scoring model; stored with every assessment so old scores can be told apart after a change.
pub const MODEL_VERSION: &str = "2026-11-25.1";

/// Net points at which the curve reaches about 63 of 100 (1 − 1/e). Fifteen points is roughly two severe gaffes
/// that were certainly noticed.
const CURVE_SCALE_CENTI: f64 = 1_500.0;

/// Most points strengths and strong answers may offset: enough to soften, never enough to erase a severe gaffe.
const MAX_OFFSET_CENTI: u64 = 400;
/// Offset per logged strength.
const STRENGTH_OFFSET_CENTI: u64 = 75;
/// Offset per strong answer.
const STRONG_ANSWER_OFFSET_CENTI: u64 = 50;

/// Damage from a weak answer that no logged gaffe accounts for.
const WEAK_ANSWER_CENTI: u64 = 100;
/// Damage from a blanked answer that no logged gaffe accounts for.
const BLANKED_ANSWER_CENTI: u64 = 250;

/// Weight (percent) of a gaffe's severity by how surely it was noticed.
fn noticed_weight(noticed: Noticed) -> u64 {
    match noticed {
        Noticed::Certain => 100,
        Noticed::Likely => 75,
        Noticed::Unsure => 50,
        Noticed::Unlikely => 25,
    }
}

/// Weight (percent) by moment: first impressions and the last minutes stick; a lone slip mid-way gets diluted.
fn moment_weight(moment: Moment) -> u64 {
    match moment {
        Moment::Arrival => 120,
        Moment::Opening => 115,
        Moment::Mid => 100,
        Moment::Closing => 110,
        Moment::After => 90,
    }
}

/// How many characters of the candidate's own text a reason quotes.
const EXCERPT_CHARS: usize = 60;

/// Weight (percent) of a gaffe corrected in the interview itself.
const CORRECTED_WEIGHT: u64 = 50;
/// Weight (percent) of a gaffe with an extenuating circumstance: a small reduction, not a pardon.
const EXTENUATING_WEIGHT: u64 = 85;

/// The assessment of one interview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "model_version": "2026-11-25.1",
    "damage_score": 48,
    "band": "recoverable",
    "raw_points": 11.75,
    "offset_points": 2.0,
    "gaffes": [{
        "index": 0,
        "kind": "wrong_interviewer_name",
        "impact": 3.75,
        "reasons": [
            "\"Wrong interviewer name\" is a moderate gaffe (severity 5 of 10).",
            "The interviewer probably noticed it, so it counts at three quarters of its weight.",
            "It happened in the middle of the interview, where a single slip is diluted by the rest of the conversation.",
            "It was not corrected during the interview."
        ]
    }],
    "questions": [{
        "index": 2,
        "quality": "weak",
        "impact": 1.0,
        "reason": "On question 3 (\"Tell me about a difficult coworker.\") your answer was weak and no gaffe is logged for it, so it adds 1 point."
    }],
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"index": 0, "kind": "salary_blank", "impact": 5.5, "reasons": ["It was surely noticed, so it counts in full."]}))]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"index": 1, "quality": "weak", "impact": 1.0, "reason": "The answer to question 2 was weak and no gaffe is logged for it."}))]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"self_rating": 1, "evidence_rating": 3, "verdict": "felt_worse_than_evidence", "note": "It felt worse than what you logged suggests."}))]
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

crate::wire_enum! {
    /// Which way the candidate's own rating differs from the evidence.
    pub enum CalibrationVerdict {
        /// The candidate rated the interview lower than the evidence suggests (the usual case).
        FeltWorseThanEvidence = "felt_worse_than_evidence",
        /// The two ratings agree.
        MatchesEvidence = "matches_evidence",
        /// The candidate rated the interview higher than the evidence suggests.
        FeltBetterThanEvidence = "felt_better_than_evidence",
    }
}

/// Assess the damage an interview did, given its facts and the gaffes logged for it.
pub fn assess(interview: &InterviewFacts, gaffes: &[GaffeFacts]) -> Assessment {
    let gaffe_centis: Vec<u64> = gaffes.iter().map(gaffe_centi).collect();

    let gaffe_impacts: Vec<GaffeImpact> = gaffes
        .iter()
        .zip(&gaffe_centis)
        .enumerate()
        .map(|(index, (gaffe, centi))| GaffeImpact {
            index,
            kind: gaffe.kind,
            impact: points(*centi),
            reasons: gaffe_reasons(gaffe),
        })
        .collect();

    let question_impacts = question_impacts(interview, gaffes, &gaffe_centis);

    let raw_centi: u64 =
        gaffe_centis.iter().sum::<u64>() + question_impacts.iter().map(|(_, c)| c).sum::<u64>();
    let (offset_centi, offsets) = offsets(interview);
    // Offsets depend on the interview alone, so the score stays non-decreasing in the gaffes' points.
    let net_centi = raw_centi.saturating_sub(offset_centi);
    let damage_score = squash(net_centi);

    Assessment {
        model_version: MODEL_VERSION.to_owned(),
        damage_score,
        band: DamageBand::from_score(damage_score),
        raw_points: points(raw_centi),
        offset_points: points(offset_centi),
        gaffes: gaffe_impacts,
        questions: question_impacts.into_iter().map(|(q, _)| q).collect(),
        offsets,
        calibration: calibrate(interview.self_rating, damage_score),
    }
}

/// The 1–5 rating a damage score corresponds to (5: barely any damage; 1: serious damage).
pub fn evidence_rating(damage_score: u8) -> u8 {
    match damage_score {
        0..=9 => 5,
        10..=24 => 4,
        25..=44 => 3,
        45..=69 => 2,
        _ => 1,
    }
}

/// Weighted impact of one gaffe, in hundredths of a point.
fn gaffe_centi(gaffe: &GaffeFacts) -> u64 {
    let severity = u64::from(entry(gaffe.kind).base_severity.clamp(1, 10));
    let corrected = if gaffe.corrected_in_interview {
        CORRECTED_WEIGHT
    } else {
        100
    };
    let extenuating = if non_blank(&gaffe.extenuating_circumstance).is_some() {
        EXTENUATING_WEIGHT
    } else {
        100
    };
    // Integer product then one floor division: exact, and monotone in every weight.
    severity
        * 100
        * noticed_weight(gaffe.noticed)
        * moment_weight(gaffe.moment)
        * corrected
        * extenuating
        / 100_000_000
}

fn gaffe_reasons(gaffe: &GaffeFacts) -> Vec<String> {
    let entry = entry(gaffe.kind);
    let mut reasons = Vec::with_capacity(5);

    let level = match entry.base_severity {
        0..=3 => "minor",
        4..=6 => "moderate",
        _ => "serious",
    };
    reasons.push(format!(
        "\"{}\" is a {level} gaffe (severity {} of 10).",
        entry.title, entry.base_severity
    ));

    reasons.push(
        match gaffe.noticed {
            Noticed::Certain => "The interviewer certainly noticed it, so it counts in full.",
            Noticed::Likely => {
                "The interviewer probably noticed it, so it counts at three quarters of its weight."
            }
            Noticed::Unsure => "You are not sure it was noticed, so it counts at half its weight.",
            Noticed::Unlikely => {
                "It most likely went unnoticed, so it counts at only a quarter of its weight."
            }
        }
        .to_owned(),
    );

    reasons.push(
        match gaffe.moment {
            Moment::Arrival => {
                "It happened on arrival, before the first question, when first impressions form, so it weighs a \
                 little more."
            }
            Moment::Opening => "It happened in the opening minutes, which colour the first impression, so it weighs a little more.",
            Moment::Mid => {
                "It happened in the middle of the interview, where a single slip is diluted by the rest of the \
                 conversation."
            }
            Moment::Closing => {
                "It happened near the end, which interviewers tend to remember best, so it weighs a little more."
            }
            Moment::After => "It happened after the interview itself had ended, so it weighs a little less.",
        }
        .to_owned(),
    );

    reasons.push(
        if gaffe.corrected_in_interview {
            "You corrected it during the interview, which halves its weight."
        } else {
            "It was not corrected during the interview."
        }
        .to_owned(),
    );

    if let Some(circumstance) = non_blank(&gaffe.extenuating_circumstance) {
        reasons.push(format!(
            "You logged an extenuating circumstance ({}), which softens it a little; it would also support a request \
             for a second interview.",
            excerpt(circumstance)
        ));
    }

    reasons
}

/// Weak or blanked answers not fully covered by the gaffes logged against them, with their extra hundredths.
///
/// Each such question contributes `max(its own points, the linked gaffes' points)` in total, so logging a gaffe
/// against it can only raise the overall damage, never lower it.
fn question_impacts(
    interview: &InterviewFacts,
    gaffes: &[GaffeFacts],
    gaffe_centis: &[u64],
) -> Vec<(QuestionImpact, u64)> {
    interview
        .questions
        .iter()
        .enumerate()
        .filter_map(|(index, question)| {
            let own = match question.quality {
                AnswerQuality::Weak => WEAK_ANSWER_CENTI,
                AnswerQuality::Blanked => BLANKED_ANSWER_CENTI,
                AnswerQuality::Strong | AnswerQuality::Adequate => return None,
            };
            let linked: u64 = gaffes
                .iter()
                .zip(gaffe_centis)
                .filter(|(g, _)| g.question_index == Some(index))
                .map(|(_, c)| *c)
                .sum();
            let residual = own.saturating_sub(linked);
            if residual == 0 {
                return None;
            }
            let how = match question.quality {
                AnswerQuality::Blanked => "you blanked on it",
                _ => "your answer was weak",
            };
            let label = question_label(index, &question.question);
            let reason = if linked == 0 {
                format!(
                    "On {label} {how} and no gaffe is logged for it, so it adds {}.",
                    points_phrase(residual)
                )
            } else {
                format!(
                    "On {label} {how}; the gaffe logged for it accounts for only part of that, so it adds {} more.",
                    points_phrase(residual)
                )
            };
            Some((
                QuestionImpact {
                    index,
                    quality: question.quality,
                    impact: points(residual),
                    reason,
                },
                residual,
            ))
        })
        .collect()
}

/// Offset hundredths from strengths and strong answers, and the sentences that explain them.
fn offsets(interview: &InterviewFacts) -> (u64, Vec<String>) {
    let strengths: Vec<&str> = interview
        .strengths
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    let strong = interview
        .questions
        .iter()
        .filter(|q| q.quality == AnswerQuality::Strong)
        .count();

    let mut sentences = Vec::new();
    if let Some(first) = strengths.first() {
        let sentence = if strengths.len() == 1 {
            format!(
                "You logged a strength, \"{}\"; what went well counts in your favour.",
                excerpt(first)
            )
        } else {
            format!(
                "You logged {} strengths, such as \"{}\"; what went well counts in your favour.",
                strengths.len(),
                excerpt(first)
            )
        };
        sentences.push(sentence);
    }
    if strong > 0 {
        let total = interview.questions.len();
        let verb = if strong == 1 { "was" } else { "were" };
        let answers = if total == 1 { "answer" } else { "answers" };
        sentences.push(format!(
            "{strong} of your {total} {answers} {verb} strong, which offsets some of the damage."
        ));
    }

    let uncapped =
        STRENGTH_OFFSET_CENTI * strengths.len() as u64 + STRONG_ANSWER_OFFSET_CENTI * strong as u64;
    let offset = uncapped.min(MAX_OFFSET_CENTI);
    if uncapped > MAX_OFFSET_CENTI {
        sentences.push(format!(
            "Strengths can offset at most {}, so they soften serious gaffes without erasing them.",
            points_phrase(MAX_OFFSET_CENTI)
        ));
    }
    (offset, sentences)
}

/// Saturating curve from net hundredths onto 0–100.
fn squash(net_centi: u64) -> u8 {
    let score = 100.0 * (1.0 - (-(net_centi as f64) / CURVE_SCALE_CENTI).exp());
    // The clamp makes the cast lossless; exp() of a non-positive number is in (0, 1], so it never bites in practice.
    score.round().clamp(0.0, 100.0) as u8
}

fn calibrate(self_rating: u8, damage_score: u8) -> Calibration {
    let self_rating = self_rating.clamp(1, 5);
    let evidence = evidence_rating(damage_score);
    let (verdict, note) = match self_rating.cmp(&evidence) {
        std::cmp::Ordering::Less => (
            CalibrationVerdict::FeltWorseThanEvidence,
            format!(
                "You rated the interview {self_rating} out of 5, but what you logged points to about {evidence} out \
                 of 5. That gap is very common: straight after an interview, nerves make it look worse than it was. \
                 Give it a few hours, or a day, before deciding what to do."
            ),
        ),
        std::cmp::Ordering::Equal => (
            CalibrationVerdict::MatchesEvidence,
            format!(
                "Your own rating of {self_rating} out of 5 matches what you logged, so you can plan the follow-up \
                 from a clear picture."
            ),
        ),
        std::cmp::Ordering::Greater => (
            CalibrationVerdict::FeltBetterThanEvidence,
            format!(
                "You rated the interview {self_rating} out of 5, while what you logged points to about {evidence} \
                 out of 5. It may have gone better than the list suggests, but it is worth a second look at the \
                 gaffes you marked as noticed before deciding no follow-up is needed."
            ),
        ),
    };
    Calibration {
        self_rating,
        evidence_rating: evidence,
        verdict,
        note,
    }
}

/// Hundredths to points, for display.
fn points(centi: u64) -> f64 {
    centi as f64 / 100.0
}

/// "1 point", "2.5 points".
fn points_phrase(centi: u64) -> String {
    let value = points(centi);
    let unit = if centi == 100 { "point" } else { "points" };
    format!("{value} {unit}")
}

/// "question 3 ("Why this firm?")".
fn question_label(index: usize, text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        format!("question {}", index + 1)
    } else {
        format!("question {} (\"{}\")", index + 1, excerpt(text))
    }
}

/// At most [`EXCERPT_CHARS`] characters of user text.
fn excerpt(text: &str) -> String {
    clip_chars(text, EXCERPT_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Format, Interviewer, Outcome, Question, Stage};
    use chrono::{DateTime, TimeZone, Utc};
    use proptest::prelude::*;

    fn at() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 24, 14, 0, 0).unwrap()
    }

    fn question(text: &str, quality: AnswerQuality) -> Question {
        Question {
            question: text.to_owned(),
            answer_summary: None,
            quality,
        }
    }

    fn interview(questions: Vec<Question>, strengths: &[&str], self_rating: u8) -> InterviewFacts {
        InterviewFacts {
            company: "Halden & Rowe Capital".to_owned(),
            role_title: "Senior Financial Analyst".to_owned(),
            stage: Stage::Final,
            format: Format::Onsite,
            occurred_at: at(),
            duration_minutes: Some(60),
            interviewers: vec![Interviewer {
                name: "Armin Keller".to_owned(),
                title: Some("Finance Director".to_owned()),
                email: None,
            }],
            questions,
            strengths: strengths.iter().map(|s| (*s).to_owned()).collect(),
            self_rating,
            outcome: Outcome::Pending,
        }
    }

    fn gaffe(kind: GaffeKind, noticed: Noticed, moment: Moment) -> GaffeFacts {
        GaffeFacts {
            kind,
            description: None,
            noticed,
            moment,
            corrected_in_interview: false,
            extenuating_circumstance: None,
            question_index: None,
        }
    }

    #[test]
    fn arnold_interview_with_salary_blank_and_omitted_experience_is_recoverable() {
        let facts = interview(
            vec![
                question("What are your salary expectations?", AnswerQuality::Blanked),
                question("Walk me through a DCF.", AnswerQuality::Strong),
                question(
                    "Tell me about a difficult coworker.",
                    AnswerQuality::Adequate,
                ),
                question("Why this firm?", AnswerQuality::Adequate),
            ],
            &[
                "Walked through the three-statement model cleanly",
                "Good rapport with the panel",
            ],
            1,
        );
        let mut salary = gaffe(GaffeKind::SalaryBlank, Noticed::Certain, Moment::Mid);
        salary.question_index = Some(0);
        let gaffes = [
            gaffe(
                GaffeKind::WrongInterviewerName,
                Noticed::Likely,
                Moment::Mid,
            ),
            salary,
            gaffe(
                GaffeKind::OmittedKeyExperience,
                Noticed::Unsure,
                Moment::Mid,
            ),
        ];
        let a = assess(&facts, &gaffes);

        assert_eq!(a.band, DamageBand::Recoverable, "{a:#?}");
        assert_eq!(a.model_version, MODEL_VERSION);
        assert_eq!(a.gaffes.len(), 3);
        assert_eq!(a.gaffes[0].kind, GaffeKind::WrongInterviewerName);
        assert_eq!(a.gaffes[0].impact, 3.75);
        assert_eq!(a.gaffes[1].impact, 5.0);
        assert_eq!(a.gaffes[2].impact, 2.0);
        // The salary gaffe already covers the blanked salary question.
        assert!(a.questions.is_empty());
        assert_eq!(a.offset_points, 2.0);
        assert_eq!(a.offsets.len(), 2);
        assert!(a.offsets[0].starts_with("You logged 2 strengths"));
        assert_eq!(
            a.calibration.verdict,
            CalibrationVerdict::FeltWorseThanEvidence
        );
    }

    #[test]
    fn schema_example_matches_a_real_assessment() {
        use utoipa::PartialSchema;
        let facts = interview(
            vec![
                question("What are your salary expectations?", AnswerQuality::Blanked),
                question("Walk me through a DCF.", AnswerQuality::Strong),
                question("Tell me about a difficult coworker.", AnswerQuality::Weak),
                question("Why this firm?", AnswerQuality::Adequate),
            ],
            &[
                "Walked through the three-statement model cleanly",
                "Good rapport with the panel",
            ],
            1,
        );
        let mut salary = gaffe(GaffeKind::SalaryBlank, Noticed::Certain, Moment::Mid);
        salary.question_index = Some(0);
        let gaffes = [
            gaffe(
                GaffeKind::WrongInterviewerName,
                Noticed::Likely,
                Moment::Mid,
            ),
            salary,
            gaffe(
                GaffeKind::OmittedKeyExperience,
                Noticed::Unsure,
                Moment::Mid,
            ),
        ];
        let mut actual = assess(&facts, &gaffes);
        // The example shows only the first gaffe, to stay short.
        actual.gaffes.truncate(1);
        let schema = serde_json::to_value(Assessment::schema()).unwrap();
        assert_eq!(schema["example"], serde_json::to_value(actual).unwrap());
    }

    #[test]
    fn body_language_worry_alone_is_minor_and_felt_worse() {
        let facts = interview(
            vec![
                question("Why do you want to move?", AnswerQuality::Adequate),
                question("How do you close the month?", AnswerQuality::Adequate),
            ],
            &[],
            2,
        );
        let a = assess(
            &facts,
            &[gaffe(
                GaffeKind::MisreadBodyLanguage,
                Noticed::Unsure,
                Moment::Mid,
            )],
        );
        assert_eq!(a.band, DamageBand::Minor);
        assert!(a.damage_score < 10, "{}", a.damage_score);
        assert_eq!(a.calibration.evidence_rating, 5);
        assert_eq!(
            a.calibration.verdict,
            CalibrationVerdict::FeltWorseThanEvidence
        );
        assert!(a.calibration.note.contains("worse than it was"));
    }

    #[test]
    fn no_gaffes_with_self_rating_one_felt_worse() {
        let facts = interview(
            vec![question("Tell me about yourself.", AnswerQuality::Adequate)],
            &[],
            1,
        );
        let a = assess(&facts, &[]);
        assert_eq!(a.damage_score, 0);
        assert_eq!(a.band, DamageBand::Minor);
        assert!(a.gaffes.is_empty());
        assert_eq!(a.calibration.self_rating, 1);
        assert_eq!(a.calibration.evidence_rating, 5);
        assert_eq!(
            a.calibration.verdict,
            CalibrationVerdict::FeltWorseThanEvidence
        );
    }

    #[test]
    fn matching_and_kinder_self_ratings_get_their_own_verdicts() {
        let facts = interview(vec![], &[], 5);
        assert_eq!(
            assess(&facts, &[]).calibration.verdict,
            CalibrationVerdict::MatchesEvidence
        );

        let facts = interview(vec![], &[], 5);
        let gaffes = [
            gaffe(
                GaffeKind::BadmouthedEmployer,
                Noticed::Certain,
                Moment::Closing,
            ),
            gaffe(
                GaffeKind::InappropriateQuestion,
                Noticed::Certain,
                Moment::Closing,
            ),
            gaffe(GaffeKind::Late, Noticed::Certain, Moment::Arrival),
        ];
        let a = assess(&facts, &gaffes);
        assert_eq!(a.band, DamageBand::Serious);
        assert_eq!(
            a.calibration.verdict,
            CalibrationVerdict::FeltBetterThanEvidence
        );
    }

    #[test]
    fn unaccounted_blanked_question_adds_damage_with_a_reason() {
        let facts = interview(
            vec![question(
                "What is your notice period?",
                AnswerQuality::Blanked,
            )],
            &[],
            3,
        );
        let a = assess(&facts, &[]);
        assert_eq!(a.questions.len(), 1);
        assert_eq!(a.questions[0].index, 0);
        assert_eq!(a.questions[0].impact, 2.5);
        assert!(a.questions[0].reason.contains("question 1"));
        assert!(a.questions[0].reason.contains("no gaffe is logged"));
        assert!(a.damage_score > 0);
    }

    #[test]
    fn small_gaffe_on_a_blanked_question_only_covers_part_of_it() {
        let facts = interview(
            vec![question("Model this lease.", AnswerQuality::Blanked)],
            &[],
            3,
        );
        let mut g = gaffe(GaffeKind::TechnicalFailure, Noticed::Unlikely, Moment::Mid);
        g.question_index = Some(0);
        let a = assess(&facts, &[g]);
        assert_eq!(a.gaffes[0].impact, 0.5);
        assert_eq!(a.questions[0].impact, 2.0);
        assert!(a.questions[0].reason.contains("only part"));
        assert_eq!(a.raw_points, 2.5);
    }

    #[test]
    fn first_and_last_impressions_weigh_more_than_the_middle() {
        let facts = interview(vec![], &[], 3);
        let score = |moment| {
            assess(&facts, &[gaffe(GaffeKind::Late, Noticed::Certain, moment)]).gaffes[0].impact
        };
        assert!(score(Moment::Arrival) > score(Moment::Mid));
        assert!(score(Moment::Opening) > score(Moment::Mid));
        assert!(score(Moment::Closing) > score(Moment::Mid));
        assert!(score(Moment::After) < score(Moment::Mid));
    }

    #[test]
    fn reasons_cover_severity_notice_moment_correction_and_circumstance() {
        let facts = interview(vec![], &[], 3);
        let mut late = gaffe(GaffeKind::Late, Noticed::Certain, Moment::Arrival);
        late.corrected_in_interview = true;
        late.extenuating_circumstance = Some("A family emergency held me up".to_owned());
        let a = assess(&facts, &[late]);
        let reasons = &a.gaffes[0].reasons;
        assert_eq!(reasons.len(), 5);
        assert!(reasons[0].contains("severity 7 of 10"));
        assert!(reasons[1].contains("certainly noticed"));
        assert!(reasons[2].contains("first impressions"));
        assert!(reasons[3].contains("halves"));
        assert!(reasons[4].contains("family emergency"));
        // 7 × 1.2 × 0.5 × 0.85
        assert_eq!(a.gaffes[0].impact, 3.57);
    }

    #[test]
    fn offsets_are_capped() {
        let many: Vec<Question> = (0..10)
            .map(|i| question(&format!("Q{i}"), AnswerQuality::Strong))
            .collect();
        let facts = interview(many, &["a", "b", "c", "d", "e", "f"], 3);
        let a = assess(
            &facts,
            &[gaffe(
                GaffeKind::BadmouthedEmployer,
                Noticed::Certain,
                Moment::Mid,
            )],
        );
        assert_eq!(a.offset_points, 4.0);
        assert!(a.offsets.iter().any(|s| s.contains("at most 4 points")));
        // A certainly-noticed badmouthing survives any amount of strengths.
        assert!(a.damage_score >= 25, "{}", a.damage_score);
    }

    #[test]
    fn evidence_rating_falls_as_damage_rises() {
        let ratings: Vec<u8> = (0..=100).map(evidence_rating).collect();
        assert!(ratings.windows(2).all(|w| w[0] >= w[1]));
        assert_eq!(ratings[0], 5);
        assert_eq!(ratings[100], 1);
    }

    #[test]
    fn serialises_with_snake_case_wire_names() {
        let facts = interview(vec![], &[], 1);
        let json = serde_json::to_value(assess(&facts, &[])).unwrap();
        assert_eq!(json["model_version"], MODEL_VERSION);
        assert_eq!(json["band"], "minor");
        assert_eq!(json["calibration"]["verdict"], "felt_worse_than_evidence");
    }

    #[test]
    fn long_user_text_is_shortened_in_reasons() {
        let long = "x".repeat(500);
        let facts = interview(vec![question(&long, AnswerQuality::Weak)], &[], 3);
        let a = assess(&facts, &[]);
        assert!(a.questions[0].reason.chars().count() < 200);
    }

    // ----- properties -----

    fn arb_kind() -> impl Strategy<Value = GaffeKind> {
        prop::sample::select(GaffeKind::ALL.to_vec())
    }

    fn arb_noticed() -> impl Strategy<Value = Noticed> {
        prop::sample::select(vec![
            Noticed::Certain,
            Noticed::Likely,
            Noticed::Unsure,
            Noticed::Unlikely,
        ])
    }

    fn arb_moment() -> impl Strategy<Value = Moment> {
        prop::sample::select(vec![
            Moment::Arrival,
            Moment::Opening,
            Moment::Mid,
            Moment::Closing,
            Moment::After,
        ])
    }

    fn arb_quality() -> impl Strategy<Value = AnswerQuality> {
        prop::sample::select(vec![
            AnswerQuality::Strong,
            AnswerQuality::Adequate,
            AnswerQuality::Weak,
            AnswerQuality::Blanked,
        ])
    }

    fn arb_gaffe() -> impl Strategy<Value = GaffeFacts> {
        (
            arb_kind(),
            arb_noticed(),
            arb_moment(),
            any::<bool>(),
            prop::option::of(prop_oneof![Just(String::new()), "[a-z ]{1,20}"]),
            prop::option::of(0usize..10),
        )
            .prop_map(
                |(kind, noticed, moment, corrected, extenuating, question_index)| GaffeFacts {
                    kind,
                    description: None,
                    noticed,
                    moment,
                    corrected_in_interview: corrected,
                    extenuating_circumstance: extenuating,
                    question_index,
                },
            )
    }

    fn arb_interview() -> impl Strategy<Value = InterviewFacts> {
        (
            prop::collection::vec(("[A-Za-z ?]{0,30}", arb_quality()), 0..10),
            prop::collection::vec("[a-z ]{0,20}", 0..8),
            0u8..=7,
        )
            .prop_map(|(questions, strengths, self_rating)| InterviewFacts {
                company: "Acme Ledger".to_owned(),
                role_title: "Analyst".to_owned(),
                stage: Stage::Technical,
                format: Format::Video,
                occurred_at: DateTime::from_timestamp(1_795_000_000, 0).unwrap(),
                duration_minutes: None,
                interviewers: vec![],
                questions: questions
                    .into_iter()
                    .map(|(text, quality)| question(&text, quality))
                    .collect(),
                strengths,
                self_rating,
                outcome: Outcome::Pending,
            })
    }

    fn arb_gaffes() -> impl Strategy<Value = Vec<GaffeFacts>> {
        prop::collection::vec(arb_gaffe(), 0..12)
    }

    proptest! {
        #[test]
        fn prop_score_stays_in_range_and_matches_band(facts in arb_interview(), gaffes in arb_gaffes()) {
            let a = assess(&facts, &gaffes);
            prop_assert!(a.damage_score <= 100);
            prop_assert_eq!(a.band, DamageBand::from_score(a.damage_score));
            prop_assert!((1..=5).contains(&a.calibration.self_rating));
            prop_assert!((1..=5).contains(&a.calibration.evidence_rating));
            prop_assert_eq!(a.gaffes.len(), gaffes.len());
            for (i, (impact, g)) in a.gaffes.iter().zip(&gaffes).enumerate() {
                prop_assert_eq!(impact.index, i);
                prop_assert_eq!(impact.kind, g.kind);
                prop_assert!(impact.impact >= 0.0);
                prop_assert!(!impact.reasons.is_empty());
            }
        }

        #[test]
        fn prop_same_input_gives_same_output(facts in arb_interview(), gaffes in arb_gaffes()) {
            let first = assess(&facts, &gaffes);
            let again = assess(&facts.clone(), &gaffes.clone());
            prop_assert_eq!(first, again);
        }

        #[test]
        fn prop_adding_a_gaffe_never_lowers_the_score(
            facts in arb_interview(),
            gaffes in arb_gaffes(),
            extra in arb_gaffe(),
            position in any::<prop::sample::Index>(),
        ) {
            let before = assess(&facts, &gaffes);
            let mut more = gaffes.clone();
            more.insert(position.index(gaffes.len() + 1), extra);
            let after = assess(&facts, &more);
            prop_assert!(after.damage_score >= before.damage_score, "{} < {}", after.damage_score, before.damage_score);
            prop_assert!(after.raw_points >= before.raw_points);
        }

        #[test]
        fn prop_more_surely_noticed_never_scores_lower(
            facts in arb_interview(),
            gaffes in prop::collection::vec(arb_gaffe(), 1..12),
            which in any::<prop::sample::Index>(),
        ) {
            let i = which.index(gaffes.len());
            // Noticed orders from most to least surely noticed.
            let levels = [Noticed::Certain, Noticed::Likely, Noticed::Unsure, Noticed::Unlikely];
            let scores: Vec<u8> = levels
                .iter()
                .map(|level| {
                    let mut changed = gaffes.clone();
                    changed[i].noticed = *level;
                    assess(&facts, &changed).damage_score
                })
                .collect();
            prop_assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{:?}", scores);
        }

        #[test]
        fn prop_correcting_a_gaffe_never_raises_the_score(
            facts in arb_interview(),
            gaffes in prop::collection::vec(arb_gaffe(), 1..12),
            which in any::<prop::sample::Index>(),
        ) {
            let i = which.index(gaffes.len());
            let mut uncorrected = gaffes.clone();
            uncorrected[i].corrected_in_interview = false;
            let mut corrected = gaffes;
            corrected[i].corrected_in_interview = true;
            prop_assert!(assess(&facts, &corrected).damage_score <= assess(&facts, &uncorrected).damage_score);
        }

        #[test]
        fn prop_extenuating_circumstance_never_raises_the_score(
            facts in arb_interview(),
            gaffes in prop::collection::vec(arb_gaffe(), 1..12),
            which in any::<prop::sample::Index>(),
        ) {
            let i = which.index(gaffes.len());
            let mut without = gaffes.clone();
            without[i].extenuating_circumstance = None;
            let mut with = gaffes;
            with[i].extenuating_circumstance = Some("family emergency".to_owned());
            prop_assert!(assess(&facts, &with).damage_score <= assess(&facts, &without).damage_score);
        }

        #[test]
        fn prop_adding_a_strength_never_raises_the_score(
            facts in arb_interview(),
            gaffes in arb_gaffes(),
            strength in "[a-z]{1,20}",
        ) {
            let before = assess(&facts, &gaffes);
            let mut stronger = facts.clone();
            stronger.strengths.push(strength);
            prop_assert!(assess(&stronger, &gaffes).damage_score <= before.damage_score);
        }

        #[test]
        fn prop_verdict_agrees_with_the_ratings(facts in arb_interview(), gaffes in arb_gaffes()) {
            let c = assess(&facts, &gaffes).calibration;
            let expected = match c.self_rating.cmp(&c.evidence_rating) {
                std::cmp::Ordering::Less => CalibrationVerdict::FeltWorseThanEvidence,
                std::cmp::Ordering::Equal => CalibrationVerdict::MatchesEvidence,
                std::cmp::Ordering::Greater => CalibrationVerdict::FeltBetterThanEvidence,
            };
            prop_assert_eq!(c.verdict, expected);
        }
    }
}
