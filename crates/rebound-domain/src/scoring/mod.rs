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

use super::catalogue::entry;
use super::localized::{kind_text, say};
use super::text::{clip_chars, non_blank};
use super::{AnswerQuality, DamageBand, GaffeFacts, GaffeKind, InterviewFacts, Moment, Noticed};
use rebound_i18n::Locale;
use std::sync::OnceLock;

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
///
/// Serde here is the storage format, not the API's: a recovery plan keeps the assessment it was made from as a JSON
/// snapshot (`recovery_plans.assessment`) and serves it as stored. The API documents and sends the shape declared
/// in `rebound_views::assessments`, which must serialize exactly like this (a test there checks it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// Version of the scoring model that produced this assessment.
    pub model_version: String,
    /// Estimated damage from 0 (none) to 100 (as bad as it gets).
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Calibration {
    /// The candidate's own rating right after the interview: 1 (disaster) to 5 (great).
    pub self_rating: u8,
    /// The rating the damage score suggests, on the same 1–5 scale.
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
    assess_in(Locale::En, interview, gaffes)
}

/// [`assess`], its reasons, offsets and calibration note written in `locale` (the numbers are the same in every
/// locale).
pub fn assess_in(locale: Locale, interview: &InterviewFacts, gaffes: &[GaffeFacts]) -> Assessment {
    let gaffe_centis: Vec<u64> = gaffes.iter().map(gaffe_centi).collect();

    let gaffe_impacts: Vec<GaffeImpact> = gaffes
        .iter()
        .zip(&gaffe_centis)
        .enumerate()
        .map(|(index, (gaffe, centi))| GaffeImpact {
            index,
            kind: gaffe.kind,
            impact: points(*centi),
            reasons: gaffe_reasons(locale, gaffe),
        })
        .collect();

    let question_impacts = question_impacts(locale, interview, gaffes, &gaffe_centis);

    let raw_centi: u64 =
        gaffe_centis.iter().sum::<u64>() + question_impacts.iter().map(|(_, c)| c).sum::<u64>();
    let (offset_centi, offsets) = offsets(locale, interview);
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
        calibration: calibrate(locale, interview.self_rating, damage_score),
    }
}

/// The damage score the assessment's slips would have without any offset: what the gaffes and weak answers alone
/// did, on the same 0–100 curve.
pub fn damage_score_before_offsets(assessment: &Assessment) -> u8 {
    // raw_points holds whole hundredths, so rounding gives them back exactly.
    squash((assessment.raw_points * 100.0).round().max(0.0) as u64)
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

/// Why a gaffe weighs what it does, in `locale`: its severity, how surely it was noticed, when, whether it was
/// corrected (from [`FixedReasons`]), and the extenuating circumstance when there is one.
fn gaffe_reasons(locale: Locale, gaffe: &GaffeFacts) -> Vec<String> {
    let fixed = FixedReasons::of(locale);
    let mut reasons = vec![
        fixed.severity[index_of(GaffeKind::ALL, gaffe.kind)].clone(),
        fixed.noticed[index_of(Noticed::ALL, gaffe.noticed)].clone(),
        fixed.moment[index_of(Moment::ALL, gaffe.moment)].clone(),
        fixed.corrected[usize::from(gaffe.corrected_in_interview)].clone(),
    ];
    if let Some(circumstance) = non_blank(&gaffe.extenuating_circumstance) {
        reasons.push(say!(
            locale,
            "plan-assessment-extenuating",
            circumstance = excerpt(circumstance)
        ));
    }
    reasons
}

/// Where `value` is in `all` (an enum's `ALL`, in which every value is).
fn index_of<T: PartialEq>(all: &[T], value: T) -> usize {
    all.iter().position(|v| *v == value).unwrap_or_default()
}

/// The reasons of [`gaffe_reasons`] that depend on one of a few values only (the gaffe's kind, how surely it was
/// noticed, when, whether it was corrected), formatted once per locale and value: an assessment gives four of them
/// per gaffe, and copying a text is much cheaper than formatting its Fluent message again. Indexed as the enums'
/// `ALL` lists them; `corrected` by `false`, `true`.
struct FixedReasons {
    severity: Vec<String>,
    noticed: Vec<String>,
    moment: Vec<String>,
    corrected: [String; 2],
}

impl FixedReasons {
    fn of(locale: Locale) -> &'static Self {
        static TABLES: OnceLock<[FixedReasons; 2]> = OnceLock::new();
        let tables = TABLES.get_or_init(|| Locale::ALL.map(FixedReasons::formatted));
        &tables[locale as usize]
    }

    fn formatted(locale: Locale) -> Self {
        let severity = |kind: GaffeKind| {
            let severity = entry(kind).base_severity;
            let level = match severity {
                0..=3 => "minor",
                4..=6 => "moderate",
                _ => "serious",
            };
            say!(
                locale,
                "plan-assessment-severity",
                title = kind_text(locale, kind, "title"),
                level = level,
                severity = severity
            )
        };
        FixedReasons {
            severity: GaffeKind::ALL.iter().map(|&kind| severity(kind)).collect(),
            noticed: Noticed::ALL
                .iter()
                .map(|noticed| {
                    say!(
                        locale,
                        "plan-assessment-noticed",
                        noticed = noticed.as_str()
                    )
                })
                .collect(),
            moment: Moment::ALL
                .iter()
                .map(|moment| say!(locale, "plan-assessment-moment", moment = moment.as_str()))
                .collect(),
            corrected: ["no", "yes"]
                .map(|corrected| say!(locale, "plan-assessment-corrected", corrected = corrected)),
        }
    }
}

/// Weak or blanked answers not fully covered by the gaffes logged against them, with their extra hundredths.
///
/// Each such question contributes `max(its own points, the linked gaffes' points)` in total, so logging a gaffe
/// against it can only raise the overall damage, never lower it.
fn question_impacts(
    locale: Locale,
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
            let text = question.question.trim();
            let reason = say!(
                locale,
                "plan-assessment-question",
                has_text = if text.is_empty() { "no" } else { "yes" },
                number = index + 1,
                text = excerpt(text),
                quality = question.quality.as_str(),
                linked = if linked == 0 { "no" } else { "yes" },
                points = points_text(locale, residual),
                amount = points(residual)
            );
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
fn offsets(locale: Locale, interview: &InterviewFacts) -> (u64, Vec<String>) {
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
        sentences.push(say!(
            locale,
            "plan-assessment-strengths",
            count = strengths.len(),
            first = excerpt(first)
        ));
    }
    if strong > 0 {
        sentences.push(say!(
            locale,
            "plan-assessment-strong-answers",
            strong = strong,
            total = interview.questions.len()
        ));
    }

    let uncapped =
        STRENGTH_OFFSET_CENTI * strengths.len() as u64 + STRONG_ANSWER_OFFSET_CENTI * strong as u64;
    let offset = uncapped.min(MAX_OFFSET_CENTI);
    if uncapped > MAX_OFFSET_CENTI {
        sentences.push(say!(
            locale,
            "plan-assessment-offset-cap",
            points = points_text(locale, MAX_OFFSET_CENTI),
            amount = points(MAX_OFFSET_CENTI)
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

fn calibrate(locale: Locale, self_rating: u8, damage_score: u8) -> Calibration {
    let self_rating = self_rating.clamp(1, 5);
    let evidence = evidence_rating(damage_score);
    let (verdict, id) = match self_rating.cmp(&evidence) {
        // A 4 against a 5 is not a candidate shaken by nerves: both say it went well.
        std::cmp::Ordering::Less if self_rating >= 4 => (
            CalibrationVerdict::FeltWorseThanEvidence,
            "plan-assessment-felt-worse-went-well",
        ),
        std::cmp::Ordering::Less => (
            CalibrationVerdict::FeltWorseThanEvidence,
            "plan-assessment-felt-worse",
        ),
        std::cmp::Ordering::Equal => (
            CalibrationVerdict::MatchesEvidence,
            "plan-assessment-matches",
        ),
        std::cmp::Ordering::Greater => (
            CalibrationVerdict::FeltBetterThanEvidence,
            "plan-assessment-felt-better",
        ),
    };
    Calibration {
        self_rating,
        evidence_rating: evidence,
        verdict,
        note: say!(locale, id, rating = self_rating, evidence = evidence),
    }
}

/// Hundredths to points, for display.
fn points(centi: u64) -> f64 {
    centi as f64 / 100.0
}

/// An amount of points as `locale` writes it: "2.5", « 2,5 ».
fn points_text(locale: Locale, centi: u64) -> String {
    let value = points(centi).to_string();
    match locale {
        Locale::En => value,
        Locale::FrCa => value.replace('.', ","),
    }
}

/// At most [`EXCERPT_CHARS`] characters of user text.
fn excerpt(text: &str) -> String {
    clip_chars(text, EXCERPT_CHARS)
}

#[cfg(test)]
mod tests;
