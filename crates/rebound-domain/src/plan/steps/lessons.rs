//! Article step 6: forgive (yourself), but don't forget. The lessons themselves, one per kind logged, and the step
//! that lists them.

use crate::catalogue::entry;
use crate::plan::{Derived, Lesson, PlanInput, PlanPath, PlanStep, StepKind, QUOTE_WORDS};
use crate::text::{clip_words, ordinal};
use crate::{GaffeFacts, GaffeKind, InterviewFacts, Outcome};

/// Article step 6: one prevention item per distinct logged gaffe kind, due after the other steps. After a rejection
/// it is framed as learning for next time; after a good interview or an advance it becomes preparation for the next
/// round, and after an offer preparation for the offer conversation (present even when nothing was logged).
pub(in crate::plan) fn lessons_step(
    input: &PlanInput,
    facts: &Derived,
    lessons: &[Lesson],
) -> Result<PlanStep, String> {
    let framing = framing(input.interview.outcome, facts.path, lessons.is_empty())?;
    let mut lines = lesson_lines(input, lessons);
    lines.push(framing.last_line.to_string());
    let mut why = lesson_reasons(input, lessons);
    if let Some(first) = framing.first_reason {
        why.insert(0, first.to_string());
    }
    Ok(PlanStep {
        kind: StepKind::Lessons,
        title: framing.title.to_string(),
        what_to_do: lines.join("\n"),
        why,
        due_at: facts.lessons_due,
        draft: None,
    })
}

/// How the path frames the lessons: the step's title, the line after the list, and, when the step prepares for
/// what comes next, the reason to give first.
struct Framing {
    title: &'static str,
    last_line: &'static str,
    first_reason: Option<&'static str>,
}

/// The framing for the path: letting go after a bad interview, learning after a rejection or a withdrawal (both
/// only when something was logged; otherwise the reason the step is left out), and preparation for the offer
/// conversation or the next round otherwise.
fn framing(outcome: Outcome, path: PlanPath, nothing_logged: bool) -> Result<Framing, String> {
    Ok(match path {
        PlanPath::Recovery | PlanPath::NotSelected => {
            let learning = path == PlanPath::NotSelected;
            if nothing_logged {
                return Err(if learning {
                    "No slips were logged, so there is nothing specific to prevent next time; if the feedback you \
                     ask for names one, log it and generate a new plan."
                        .to_string()
                } else {
                    "No gaffes were logged, so there is nothing specific to prevent next time."
                        .to_string()
                });
            }
            if learning {
                Framing {
                    title: "Learn from it for next time",
                    last_line: "You did not get this one, and that is allowed: nobody wins every interview. Keep \
                                this list for your next interview, and stop replaying this one.",
                    first_reason: None,
                }
            } else {
                Framing {
                    title: "Forgive yourself, keep the lessons",
                    last_line: "Everyone has an off day. Go over this once, keep the list for your next interview, \
                                and stop replaying this one.",
                    first_reason: None,
                }
            }
        }
        PlanPath::MovingOn if outcome == Outcome::Offer => Framing {
            title: "Prepare for the offer conversation",
            last_line: "Before you answer the offer: compare it with the going rate for the role and the city, list \
                        what you still want to know about the role and the team, and decide what matters most to \
                        you.",
            first_reason: Some("You have an offer; what comes next is the offer conversation"),
        },
        PlanPath::WentWell | PlanPath::MovingOn => Framing {
            title: "Prepare for the next round",
            last_line: "Before the next round: go over what went well, find out who you will meet and what the round \
                        covers, and have your questions for them and your salary range ready.",
            first_reason: Some(if outcome == Outcome::Advanced {
                "You have advanced; the next round is what matters now"
            } else {
                "If they invite you back, walk in ready"
            }),
        },
    })
}

/// One line per lesson: the kind (and, when it came back from earlier interviews, how often) and its prevention.
fn lesson_lines(input: &PlanInput, lessons: &[Lesson]) -> Vec<String> {
    lessons
        .iter()
        .map(|l| match input.recurrence(l.kind) {
            Some(times) => format!(
                "- {} ({} time): {}",
                entry(l.kind).title,
                ordinal(times),
                l.prevention
            ),
            None => format!("- {}: {}", entry(l.kind).title, l.prevention),
        })
        .collect()
}

/// One reason per lesson: the kind logged, and in how many interviews when it came back.
fn lesson_reasons(input: &PlanInput, lessons: &[Lesson]) -> Vec<String> {
    lessons
        .iter()
        .map(|l| match input.recurrence(l.kind) {
            Some(times) => format!(
                "You logged: {}, now in {times} interviews",
                entry(l.kind).label
            ),
            None => format!("You logged: {}", entry(l.kind).label),
        })
        .collect()
}

/// One lesson per distinct logged kind, in catalogue order: the catalogue's prevention, then the information to
/// have on hand next time, naming the question that called for it when a gaffe of that kind was logged against one.
pub(in crate::plan) fn lessons(interview: &InterviewFacts, gaffes: &[GaffeFacts]) -> Vec<Lesson> {
    GaffeKind::ALL
        .iter()
        .copied()
        .filter(|kind| gaffes.iter().any(|g| g.kind == *kind))
        .map(|kind| {
            let entry = entry(kind);
            let asked = gaffes
                .iter()
                .filter(|g| g.kind == kind)
                .find_map(|g| g.question_index.and_then(|i| interview.questions.get(i)))
                .map(|q| q.question.trim())
                .filter(|q| !q.trim_end_matches(['.', '?', '!']).is_empty());
            let prevention = match asked {
                // A request ("Tell us about a difficult coworker.") is quoted without its full stop; only a real
                // question keeps its question mark.
                Some(question) => format!(
                    "{} Have on hand next time, for a question like \u{201c}{}{}\u{201d}: {}.",
                    entry.prevention,
                    clip_words(question.trim_end_matches(['.', '?', '!']), QUOTE_WORDS),
                    if question.ends_with('?') { "?" } else { "" },
                    entry.on_hand,
                ),
                None => format!(
                    "{} Have on hand next time: {}.",
                    entry.prevention, entry.on_hand
                ),
            };
            Lesson { kind, prevention }
        })
        .collect()
}
