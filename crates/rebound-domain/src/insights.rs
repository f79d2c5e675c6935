//! Insights across a candidate's interviews: which slips keep coming back, how the damage has moved over time,
//! whether the candidate's own ratings are harsher or kinder than the evidence, and a prep checklist for the next
//! interview built from the lessons of the recovery plans (article step 6: "forgive (yourself), but don't forget").
//!
//! Pure and deterministic: the caller loads the interviews, their gaffes and the stored lessons; every score comes
//! from [`assess`], so the insights always agree with the per-interview assessments.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use rebound_i18n::Locale;
use uuid::Uuid;

use super::localized::{kind_text, say};
use super::scoring::{assess, evidence_rating};
use super::{DamageBand, GaffeFacts, GaffeKind, InterviewFacts};

/// How far (on the 1–5 scale) the average self-rating must be from the average evidence rating before it counts as
/// harsher or kinder than the evidence.
pub const CALIBRATION_MARGIN: f64 = 0.75;

/// A gaffe kind must show up in at least this many interviews to count as recurring.
pub const RECURRING_MIN_INTERVIEWS: usize = 2;

/// One logged interview with its gaffes, as the insights read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewRecord {
    pub id: Uuid,
    pub facts: InterviewFacts,
    pub gaffes: Vec<GaffeFacts>,
}

/// One stored lesson: the prevention item a recovery plan gave for a kind of slip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonRecord {
    pub interview_id: Uuid,
    /// The plan it came from; plan ids are time-ordered, so a larger id is a newer plan.
    pub plan_id: Uuid,
    pub kind: GaffeKind,
    pub prevention: String,
    /// The language its plan was written in (the prevention text's).
    pub locale: Locale,
}

/// A kind of gaffe logged in more than one interview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecurringGaffe {
    /// The gaffe kind.
    pub kind: GaffeKind,
    /// How many gaffes of this kind were logged, in all.
    pub count: usize,
    /// In how many interviews it was logged (at least 2).
    pub interviews: usize,
}

/// The damage of one interview, for the trend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrendPoint {
    /// The interview.
    pub interview_id: Uuid,
    /// When it took place.
    pub occurred_at: DateTime<Utc>,
    /// The company it was with.
    pub company: String,
    /// Its damage score (0–100) under the current scoring model.
    pub damage_score: u8,
    /// The damage score in words.
    pub band: DamageBand,
}

crate::wire_enum! {
    /// How the candidate's own ratings compare with the evidence, on average.
    pub enum SelfRatingVerdict {
        /// Rates interviews clearly worse than the evidence suggests (the usual case straight after an interview).
        Catastrophises = "catastrophises",
        /// Own ratings and the evidence agree, within three quarters of a point.
        Calibrated = "calibrated",
        /// Rates interviews clearly better than the evidence suggests.
        Optimistic = "optimistic",
    }
}

/// The candidate's average self-rating next to the average rating the evidence suggests.
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrepItem {
    /// The kind of slip it prevents.
    pub kind: GaffeKind,
    /// What to do before the next interview.
    pub prevention: String,
    /// In how many interviews' recovery plans this lesson came up.
    pub interviews: usize,
}

/// Everything the insights say about one candidate.
#[derive(Debug, Clone, PartialEq)]
pub struct CandidateInsights {
    /// The trend in one line a person can read: which way the damage is moving over the last interviews, and the
    /// slip that keeps coming back, if any.
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

/// All the insights in English (see [`candidate_insights_in`]).
pub fn candidate_insights(
    interviews: &[InterviewRecord],
    lessons: &[LessonRecord],
) -> CandidateInsights {
    candidate_insights_in(Locale::En, interviews, lessons)
}

/// All the insights, their texts in `locale`: `interviews` are the candidate's interviews (any order), `lessons` the
/// lessons of each interview's newest recovery plan (their prevention texts are the plans', as written).
pub fn candidate_insights_in(
    locale: Locale,
    interviews: &[InterviewRecord],
    lessons: &[LessonRecord],
) -> CandidateInsights {
    let scored: Vec<(&InterviewRecord, u8)> = interviews
        .iter()
        .map(|i| (i, assess(&i.facts, &i.gaffes).damage_score))
        .collect();
    let ratings: Vec<(u8, u8)> = scored
        .iter()
        .map(|(i, score)| (i.facts.self_rating, *score))
        .collect();
    let recurring = recurring_gaffes(interviews);
    let trend = damage_trend(&scored);
    CandidateInsights {
        summary: trend_summary_in(locale, &trend, &recurring),
        interviews_considered: interviews.len(),
        recurring_gaffes: recurring,
        damage_trend: trend,
        self_rating: compare_self_ratings_in(locale, &ratings),
        prep_checklist: prep_checklist_in(locale, lessons),
    }
}

/// How many of the latest interviews the summary's trend looks at.
pub const SUMMARY_WINDOW: usize = 3;

/// A change of at most this many points between the first and the last interview of the window is "steady".
pub const STEADY_MARGIN: u8 = 5;

/// The one-line summary: the direction of the damage over the last [`SUMMARY_WINDOW`] interviews of `trend`
/// (oldest first), with their scores, then the most frequent recurring slip with how many of the interviews logged
/// it ("Damage is falling: 62 → 35 → 12 over your last three interviews; late arrival keeps coming back (3 of 4
/// interviews).").
pub fn trend_summary(trend: &[TrendPoint], recurring: &[RecurringGaffe]) -> String {
    trend_summary_in(Locale::En, trend, recurring)
}

/// [`trend_summary`] in `locale`: « Les dégâts diminuent : 62 → 35 → 12 sur vos trois dernières entrevues; … ».
pub fn trend_summary_in(
    locale: Locale,
    trend: &[TrendPoint],
    recurring: &[RecurringGaffe],
) -> String {
    let total = trend.len();
    let window = &trend[total.saturating_sub(SUMMARY_WINDOW)..];
    let (Some(first), Some(last)) = (window.first(), window.last()) else {
        return say!(locale, "insight-summary-none");
    };
    let direction = if last.damage_score.saturating_add(STEADY_MARGIN) < first.damage_score {
        "falling"
    } else if first.damage_score.saturating_add(STEADY_MARGIN) < last.damage_score {
        "rising"
    } else {
        "steady"
    };
    let scores: Vec<String> = window.iter().map(|p| p.damage_score.to_string()).collect();
    let (slip, seen, others) = match recurring {
        [] => (String::new(), 0, 0),
        [top, rest @ ..] => (
            kind_text(locale, top.kind, "label").into_owned(),
            top.interviews,
            rest.len(),
        ),
    };
    say!(
        locale,
        "insight-summary",
        count = window.len(),
        score = last.damage_score,
        band = last.band.as_str(),
        direction = direction,
        scores = scores.join(" \u{2192} "),
        window = cardinal_in(locale, window.len()),
        recurring = match recurring {
            [] if total >= 2 => "none-yet",
            [] => "none",
            _ => "yes",
        },
        slip = slip,
        seen = seen,
        total = total,
        others = match others {
            0 => "none",
            1 => "one",
            _ => "many",
        },
        others_words = cardinal_in(locale, others)
    )
}

/// A number in words in `locale`: "three", « trois » (digits past ten).
fn cardinal_in(locale: Locale, n: usize) -> String {
    say!(locale, "insight-cardinal", n = n)
}

/// Gaffe kinds logged in at least [`RECURRING_MIN_INTERVIEWS`] interviews, with how often and in how many.
pub fn recurring_gaffes(interviews: &[InterviewRecord]) -> Vec<RecurringGaffe> {
    // BTreeMap keyed by kind: catalogue order is the final tie-break.
    let mut tally: BTreeMap<GaffeKind, (usize, BTreeSet<Uuid>)> = BTreeMap::new();
    for interview in interviews {
        for gaffe in &interview.gaffes {
            let entry = tally.entry(gaffe.kind).or_default();
            entry.0 += 1;
            entry.1.insert(interview.id);
        }
    }
    let mut recurring: Vec<RecurringGaffe> = tally
        .into_iter()
        .filter(|(_, (_, seen_in))| seen_in.len() >= RECURRING_MIN_INTERVIEWS)
        .map(|(kind, (count, seen_in))| RecurringGaffe {
            kind,
            count,
            interviews: seen_in.len(),
        })
        .collect();
    // Stable sort: equal counts keep catalogue order.
    recurring.sort_by(|a, b| b.interviews.cmp(&a.interviews).then(b.count.cmp(&a.count)));
    recurring
}

/// The damage score of each interview, oldest first (ties by id, so the order is total).
fn damage_trend(scored: &[(&InterviewRecord, u8)]) -> Vec<TrendPoint> {
    let mut points: Vec<TrendPoint> = scored
        .iter()
        .map(|(interview, score)| TrendPoint {
            interview_id: interview.id,
            occurred_at: interview.facts.occurred_at,
            company: interview.facts.company.clone(),
            damage_score: *score,
            band: DamageBand::from_score(*score),
        })
        .collect();
    points.sort_by_key(|p| (p.occurred_at, p.interview_id));
    points
}

/// Compares the average self-rating with the average evidence rating of `(self_rating, damage_score)` pairs;
/// `None` for no pairs. Self-ratings are clamped to 1–5 like the scoring model does.
pub fn compare_self_ratings(ratings: &[(u8, u8)]) -> Option<SelfRatingComparison> {
    compare_self_ratings_in(Locale::En, ratings)
}

/// [`compare_self_ratings`] with its note in `locale` (« 1,5 sur 5 » in French).
pub fn compare_self_ratings_in(
    locale: Locale,
    ratings: &[(u8, u8)],
) -> Option<SelfRatingComparison> {
    if ratings.is_empty() {
        return None;
    }
    let n = ratings.len() as f64;
    let own = ratings
        .iter()
        .map(|(r, _)| f64::from((*r).clamp(1, 5)))
        .sum::<f64>()
        / n;
    let evidence = ratings
        .iter()
        .map(|(_, score)| f64::from(evidence_rating(*score)))
        .sum::<f64>()
        / n;
    let (own, evidence) = (two_decimals(own), two_decimals(evidence));
    let verdict = if own <= evidence - CALIBRATION_MARGIN {
        SelfRatingVerdict::Catastrophises
    } else if own >= evidence + CALIBRATION_MARGIN {
        SelfRatingVerdict::Optimistic
    } else {
        SelfRatingVerdict::Calibrated
    };
    let id = match verdict {
        SelfRatingVerdict::Catastrophises => "insight-self-rating-catastrophises",
        SelfRatingVerdict::Calibrated => "insight-self-rating-calibrated",
        SelfRatingVerdict::Optimistic => "insight-self-rating-optimistic",
    };
    let note = say!(
        locale,
        id,
        count = ratings.len(),
        own = one_decimal(locale, own),
        evidence = one_decimal(locale, evidence)
    );
    Some(SelfRatingComparison {
        average_self_rating: own,
        average_evidence_rating: evidence,
        verdict,
        note,
    })
}

/// An average out of 5 with one decimal, as `locale` writes it: "1.5", « 1,5 ».
fn one_decimal(locale: Locale, value: f64) -> String {
    let text = format!("{value:.1}");
    match locale {
        Locale::En => text,
        Locale::FrCa => text.replace('.', ","),
    }
}

/// One item per gaffe kind among the lessons: in how many interviews it came up (most first, then catalogue
/// order), with the prevention text of the newest plan that gave it.
pub fn prep_checklist(lessons: &[LessonRecord]) -> Vec<PrepItem> {
    prep_checklist_in(Locale::En, lessons)
}

/// [`prep_checklist`] in `locale`: each item's text is the newest lesson of its kind written in `locale`, or, when
/// every plan that gave it was written in another language (the candidate changed language since), the catalogue's
/// prevention in `locale`, as a plan written now would give it without a question to quote.
pub fn prep_checklist_in(locale: Locale, lessons: &[LessonRecord]) -> Vec<PrepItem> {
    let mut by_kind: BTreeMap<GaffeKind, (BTreeSet<Uuid>, Option<&LessonRecord>)> = BTreeMap::new();
    for lesson in lessons {
        let entry = by_kind.entry(lesson.kind).or_default();
        entry.0.insert(lesson.interview_id);
        let newer = entry.1.is_none_or(|newest| lesson.plan_id > newest.plan_id);
        if lesson.locale == locale && newer {
            entry.1 = Some(lesson);
        }
    }
    let mut items: Vec<PrepItem> = by_kind
        .into_iter()
        .map(|(kind, (seen_in, newest))| PrepItem {
            kind,
            prevention: newest.map_or_else(
                || catalogue_prevention(locale, kind),
                |lesson| lesson.prevention.clone(),
            ),
            interviews: seen_in.len(),
        })
        .collect();
    // Stable sort: equal counts keep catalogue order.
    items.sort_by_key(|item| std::cmp::Reverse(item.interviews));
    items
}

/// The catalogue's prevention for `kind` in `locale`, with what to have on hand, as a plan's lesson words it.
fn catalogue_prevention(locale: Locale, kind: GaffeKind) -> String {
    let on_hand = say!(
        locale,
        "plan-lesson-on-hand",
        on_hand = kind_text(locale, kind, "on-hand")
    );
    format!("{} {on_hand}", kind_text(locale, kind, "prevention"))
}

fn two_decimals(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{at, gaffe, interview};
    use crate::Noticed;

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    fn record(
        n: u128,
        company: &str,
        occurred_at: &str,
        self_rating: u8,
        kinds: &[GaffeKind],
    ) -> InterviewRecord {
        InterviewRecord {
            id: id(n),
            facts: InterviewFacts {
                company: company.to_string(),
                occurred_at: at(occurred_at),
                self_rating,
                ..interview()
            },
            gaffes: kinds.iter().map(|k| gaffe(*k, Noticed::Certain)).collect(),
        }
    }

    fn lesson(interview: u128, plan: u128, kind: GaffeKind, prevention: &str) -> LessonRecord {
        LessonRecord {
            interview_id: id(interview),
            plan_id: id(plan),
            kind,
            prevention: prevention.to_string(),
            locale: Locale::En,
        }
    }

    #[test]
    fn a_kind_counts_as_recurring_only_across_two_or_more_interviews() {
        let interviews = [
            record(
                1,
                "Northwind",
                "2026-10-01T10:00:00Z",
                2,
                &[
                    GaffeKind::SalaryBlank,
                    GaffeKind::Rambling,
                    GaffeKind::Rambling,
                ],
            ),
            record(
                2,
                "Contoso",
                "2026-11-01T10:00:00Z",
                2,
                &[GaffeKind::SalaryBlank, GaffeKind::Late],
            ),
            record(
                3,
                "Fabrikam",
                "2026-11-10T10:00:00Z",
                3,
                &[GaffeKind::SalaryBlank, GaffeKind::Late, GaffeKind::Late],
            ),
        ];
        let recurring = recurring_gaffes(&interviews);
        assert_eq!(
            recurring,
            vec![
                RecurringGaffe {
                    kind: GaffeKind::SalaryBlank,
                    count: 3,
                    interviews: 3
                },
                RecurringGaffe {
                    kind: GaffeKind::Late,
                    count: 3,
                    interviews: 2
                },
            ],
            "rambling three times in one interview is not recurring across interviews"
        );
    }

    fn point(n: u128, day: u32, score: u8) -> TrendPoint {
        TrendPoint {
            interview_id: id(n),
            occurred_at: at(&format!("2026-11-{day:02}T10:00:00Z")),
            company: format!("Firm {n}"),
            damage_score: score,
            band: DamageBand::from_score(score),
        }
    }

    #[test]
    fn the_summary_names_the_direction_the_last_scores_and_the_slip_that_keeps_coming_back() {
        let trend = [
            point(1, 1, 70),
            point(2, 5, 62),
            point(3, 9, 35),
            point(4, 13, 12),
        ];
        let late = RecurringGaffe {
            kind: GaffeKind::Late,
            count: 3,
            interviews: 3,
        };
        assert_eq!(
            trend_summary(&trend, std::slice::from_ref(&late)),
            "Damage is falling: 62 \u{2192} 35 \u{2192} 12 over your last three interviews; late arrival keeps \
             coming back (3 of 4 interviews)."
        );
        let salary = RecurringGaffe {
            kind: GaffeKind::SalaryBlank,
            count: 2,
            interviews: 2,
        };
        assert_eq!(
            trend_summary(&[point(1, 1, 20), point(2, 5, 31), point(3, 9, 48)], &[late, salary]),
            "Damage is rising: 20 \u{2192} 31 \u{2192} 48 over your last three interviews; late arrival keeps coming \
             back (3 of 3 interviews), and one other slip recurs too."
        );
    }

    #[test]
    fn small_moves_are_steady_and_short_histories_say_so() {
        assert_eq!(
            trend_summary(&[point(1, 1, 30), point(2, 5, 34)], &[]),
            "Damage is holding steady: 30 \u{2192} 34 over your last two interviews; no slip has come back so far."
        );
        assert_eq!(
            trend_summary(&[point(1, 1, 48)], &[]),
            "One interview logged so far, with a damage score of 48 (recoverable); log the next ones to see a trend."
        );
        assert_eq!(
            trend_summary(&[], &[]),
            "No interviews logged yet: log one to see how your interviews are going."
        );
    }

    #[test]
    fn equal_counts_fall_back_to_catalogue_order() {
        let interviews = [
            record(
                1,
                "A",
                "2026-10-01T10:00:00Z",
                3,
                &[GaffeKind::Late, GaffeKind::WrongInterviewerName],
            ),
            record(
                2,
                "B",
                "2026-10-02T10:00:00Z",
                3,
                &[GaffeKind::WrongInterviewerName, GaffeKind::Late],
            ),
        ];
        let kinds: Vec<GaffeKind> = recurring_gaffes(&interviews)
            .iter()
            .map(|r| r.kind)
            .collect();
        assert_eq!(
            kinds,
            vec![GaffeKind::WrongInterviewerName, GaffeKind::Late]
        );
    }

    #[test]
    fn the_trend_is_oldest_first_and_matches_the_assessments() {
        let interviews = [
            record(
                2,
                "Contoso",
                "2026-11-01T10:00:00Z",
                2,
                &[GaffeKind::BadmouthedEmployer, GaffeKind::Late],
            ),
            record(1, "Northwind", "2026-10-01T10:00:00Z", 2, &[]),
        ];
        let insights = candidate_insights(&interviews, &[]);
        let trend = &insights.damage_trend;
        assert_eq!(
            trend.iter().map(|p| p.interview_id).collect::<Vec<_>>(),
            vec![id(1), id(2)]
        );
        assert_eq!(trend[0].company, "Northwind");
        for point in trend {
            let interview = interviews
                .iter()
                .find(|i| i.id == point.interview_id)
                .unwrap();
            let assessment = assess(&interview.facts, &interview.gaffes);
            assert_eq!(point.damage_score, assessment.damage_score);
            assert_eq!(point.band, assessment.band);
        }
        assert!(trend[1].damage_score > trend[0].damage_score);
        assert_eq!(insights.interviews_considered, 2);
    }

    #[test]
    fn harsh_self_ratings_are_catastrophising_with_a_kind_note() {
        // No gaffes: the evidence says 5/5 each time, the candidate said 1 and 2.
        let comparison = compare_self_ratings(&[(1, 0), (2, 0)]).unwrap();
        assert_eq!(comparison.average_self_rating, 1.5);
        assert_eq!(comparison.average_evidence_rating, 5.0);
        assert_eq!(comparison.verdict, SelfRatingVerdict::Catastrophises);
        assert!(
            comparison.note.contains("harder on yourself"),
            "{}",
            comparison.note
        );
        assert!(
            comparison.note.contains("1.5 out of 5"),
            "{}",
            comparison.note
        );
    }

    #[test]
    fn close_ratings_are_calibrated_and_generous_ones_optimistic() {
        // Damage 30 → evidence 3.
        let calibrated = compare_self_ratings(&[(3, 30), (4, 30)]).unwrap();
        assert_eq!(calibrated.verdict, SelfRatingVerdict::Calibrated);
        assert!(calibrated.note.contains("good guide"));
        // Damage 80 → evidence 1.
        let optimistic = compare_self_ratings(&[(4, 80)]).unwrap();
        assert_eq!(optimistic.verdict, SelfRatingVerdict::Optimistic);
        assert!(
            optimistic.note.contains("your interview "),
            "{}",
            optimistic.note
        );
        assert!(compare_self_ratings(&[]).is_none());
    }

    #[test]
    fn the_margin_is_inclusive_and_self_ratings_are_clamped() {
        // Evidence 3 (damage 30) against 2.25 on average: exactly 0.75 below.
        let ratings = [(2, 30), (2, 30), (2, 30), (3, 30)];
        assert_eq!(
            compare_self_ratings(&ratings).unwrap().verdict,
            SelfRatingVerdict::Catastrophises
        );
        let clamped = compare_self_ratings(&[(0, 0), (9, 0)]).unwrap();
        assert_eq!(clamped.average_self_rating, 3.0);
    }

    #[test]
    fn the_prep_checklist_has_one_item_per_kind_most_frequent_first() {
        let lessons = [
            lesson(1, 10, GaffeKind::Late, "Leave early."),
            lesson(1, 10, GaffeKind::SalaryBlank, "Know your range."),
            lesson(
                2,
                20,
                GaffeKind::SalaryBlank,
                "Know your range, newer wording.",
            ),
            lesson(
                3,
                30,
                GaffeKind::WrongInterviewerName,
                "Write the names down.",
            ),
            lesson(3, 30, GaffeKind::SalaryBlank, "Know your range."),
        ];
        let checklist = prep_checklist(&lessons);
        let kinds: Vec<(GaffeKind, usize)> =
            checklist.iter().map(|i| (i.kind, i.interviews)).collect();
        assert_eq!(
            kinds,
            vec![
                (GaffeKind::SalaryBlank, 3),
                (GaffeKind::WrongInterviewerName, 1),
                (GaffeKind::Late, 1),
            ]
        );
        assert_eq!(
            checklist[0].prevention, "Know your range.",
            "from the newest plan (id 30)"
        );
        assert!(prep_checklist(&[]).is_empty());
    }

    #[test]
    fn no_interviews_give_empty_insights() {
        let insights = candidate_insights(&[], &[]);
        assert_eq!(insights.interviews_considered, 0);
        assert!(insights.recurring_gaffes.is_empty());
        assert!(insights.damage_trend.is_empty());
        assert!(insights.self_rating.is_none());
        assert!(insights.prep_checklist.is_empty());
    }

    #[test]
    fn verdicts_serialise_in_snake_case() {
        assert_eq!(
            serde_json::to_value(SelfRatingVerdict::Catastrophises).unwrap(),
            serde_json::json!("catastrophises")
        );
    }
}
