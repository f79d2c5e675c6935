//! Article step 6: forgive (yourself), but don't forget. The lessons themselves, one per kind logged, and the step
//! that lists them.

use rebound_i18n::Locale;

use crate::plan::wording::{kind_text, ordinal_in, say};
use crate::plan::{Derived, Lesson, PlanInput, PlanPath, PlanStep, StepKind, QUOTE_WORDS};
use crate::text::{clip_words, lowercase_initial};
use crate::{GaffeFacts, GaffeKind, InterviewFacts, Outcome};

/// Article step 6: one prevention item per distinct logged gaffe kind, due after the other steps. After a rejection
/// it is framed as learning for next time; after a good interview or an advance it becomes preparation for the next
/// round, and after an offer preparation for the offer conversation (present even when nothing was logged).
pub(in crate::plan) fn lessons_step(
    input: &PlanInput,
    facts: &Derived,
    lessons: &[Lesson],
) -> Result<PlanStep, String> {
    let locale = input.locale;
    let framing = framing(input.interview.outcome, facts.path, lessons.is_empty())
        .map_err(|id| say!(locale, id))?;
    let mut lines = lesson_lines(input, lessons);
    lines.push(say!(locale, framing.last_line));
    let mut why = lesson_reasons(input, lessons);
    if let Some(first) = framing.first_reason {
        why.insert(0, say!(locale, first));
    }
    Ok(PlanStep {
        kind: StepKind::Lessons,
        title: say!(locale, framing.title),
        what_to_do: lines.join("\n"),
        why,
        due_at: facts.lessons_due,
        draft: None,
    })
}

/// How the path frames the lessons, as message ids: the step's title, the line after the list, and, when the step
/// prepares for what comes next, the reason to give first.
struct Framing {
    title: &'static str,
    last_line: &'static str,
    first_reason: Option<&'static str>,
}

/// The framing for the path: letting go after a bad interview, learning after a rejection or a withdrawal (both
/// only when something was logged; otherwise the id of the reason the step is left out), and preparation for the
/// offer conversation or the next round otherwise.
fn framing(
    outcome: Outcome,
    path: PlanPath,
    nothing_logged: bool,
) -> Result<Framing, &'static str> {
    Ok(match path {
        PlanPath::Recovery | PlanPath::NotSelected => {
            let learning = path == PlanPath::NotSelected;
            if nothing_logged {
                return Err(if learning {
                    "plan-lessons-omitted-learning"
                } else {
                    "plan-lessons-omitted"
                });
            }
            if learning {
                Framing {
                    title: "plan-lessons-learning-title",
                    last_line: "plan-lessons-learning-last",
                    first_reason: None,
                }
            } else {
                Framing {
                    title: "plan-lessons-forgive-title",
                    last_line: "plan-lessons-forgive-last",
                    first_reason: None,
                }
            }
        }
        PlanPath::MovingOn if outcome == Outcome::Offer => Framing {
            title: "plan-lessons-offer-title",
            last_line: "plan-lessons-offer-last",
            first_reason: Some("plan-lessons-offer-why"),
        },
        PlanPath::WentWell | PlanPath::MovingOn => Framing {
            title: "plan-lessons-next-title",
            last_line: "plan-lessons-next-last",
            first_reason: Some(if outcome == Outcome::Advanced {
                "plan-lessons-next-why-advanced"
            } else {
                "plan-lessons-next-why-open"
            }),
        },
    })
}

/// One line per lesson: the kind (and, when it came back from earlier interviews, how often) and its prevention.
fn lesson_lines(input: &PlanInput, lessons: &[Lesson]) -> Vec<String> {
    let locale = input.locale;
    lessons
        .iter()
        .map(|l| {
            let title = kind_text(locale, l.kind, "title");
            // French does not capitalise after a colon; English, as it always has, does.
            let prevention = match locale {
                Locale::En => l.prevention.clone(),
                Locale::FrCa => lowercase_initial(&l.prevention),
            };
            let line = match input.recurrence(l.kind) {
                Some(times) => say!(
                    locale,
                    "plan-lesson-line-recurring",
                    title = title,
                    ordinal = ordinal_in(locale, times),
                    prevention = prevention.as_str()
                ),
                None => say!(
                    locale,
                    "plan-lesson-line",
                    title = title,
                    prevention = prevention.as_str()
                ),
            };
            format!("- {line}")
        })
        .collect()
}

/// One reason per lesson: the kind logged, and in how many interviews when it came back.
fn lesson_reasons(input: &PlanInput, lessons: &[Lesson]) -> Vec<String> {
    let locale = input.locale;
    lessons
        .iter()
        .map(|l| {
            let label = kind_text(locale, l.kind, "label");
            match input.recurrence(l.kind) {
                Some(times) => say!(
                    locale,
                    "plan-lesson-why-recurring",
                    label = label,
                    times = times
                ),
                None => say!(locale, "plan-lesson-why", label = label),
            }
        })
        .collect()
}

/// One lesson per distinct logged kind, in catalogue order, in `locale`: the catalogue's prevention, then the
/// information to have on hand next time, naming the question that called for it when a gaffe of that kind was
/// logged against one.
pub(in crate::plan) fn lessons(
    locale: Locale,
    interview: &InterviewFacts,
    gaffes: &[GaffeFacts],
) -> Vec<Lesson> {
    GaffeKind::ALL
        .iter()
        .copied()
        .filter(|kind| gaffes.iter().any(|g| g.kind == *kind))
        .map(|kind| {
            let asked = gaffes
                .iter()
                .filter(|g| g.kind == kind)
                .find_map(|g| g.question_index.and_then(|i| interview.questions.get(i)))
                .map(|q| q.question.trim())
                .filter(|q| !q.trim_end_matches(['.', '?', '!']).is_empty());
            let on_hand = kind_text(locale, kind, "on-hand");
            let have_on_hand = match asked {
                // A request ("Tell us about a difficult coworker.") is quoted without its full stop; only a real
                // question keeps its question mark.
                Some(question) => say!(
                    locale,
                    "plan-lesson-on-hand-question",
                    question = format!(
                        "{}{}",
                        clip_words(question.trim_end_matches(['.', '?', '!']), QUOTE_WORDS),
                        if question.ends_with('?') { "?" } else { "" }
                    ),
                    on_hand = on_hand
                ),
                None => say!(locale, "plan-lesson-on-hand", on_hand = on_hand),
            };
            let prevention = format!("{} {have_on_hand}", kind_text(locale, kind, "prevention"));
            Lesson { kind, prevention }
        })
        .collect()
}
