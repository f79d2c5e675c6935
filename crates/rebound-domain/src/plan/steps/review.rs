//! Article step 2: conduct a review of the interview. A clinical post-mortem on the recovery path, framed as
//! learning after a rejection or a withdrawal; a note of what went well when there is nothing to dissect.

use super::{capitalised, outcome_state, strengths_list, weak_questions};
use crate::catalogue::entry;
use crate::plan::wording::{described, gaffe_why, moment_word};
use crate::plan::{Derived, PlanInput, PlanPath, PlanStep, StepKind, QUOTE_WORDS};
use crate::text::{adds_nothing, clip_words, ordinal};
use crate::{AnswerQuality, GaffeFacts, GaffeKind, InterviewFacts, Outcome};

/// Article step 2: a clinical post-mortem. Per gaffe: what exactly happened and what a better response would have
/// been; per weak or blanked question: what information was missing; then an inventory of what went well against
/// what went badly. When the only evidence is body language, a caution that expressions are easy to over-read.
///
/// After a good interview, an advance or an offer there is nothing to dissect: the step is a brief note of what went
/// well (and of any slip worth sharpening). After a rejection the same review is framed as learning, not amends.
pub(in crate::plan) fn review_step(input: &PlanInput, facts: &Derived) -> PlanStep {
    if matches!(facts.path, PlanPath::WentWell | PlanPath::MovingOn) {
        return went_well_step(input, facts);
    }
    let interview = &input.interview;
    let learning = facts.path == PlanPath::NotSelected;
    let mut lines = opening_lines(input, facts, learning);
    for gaffe in &input.gaffes {
        lines.push(format!("- {}", gaffe_prompt(gaffe, interview)));
    }
    lines.extend(
        recurring_kinds(input).map(|(kind, times)| format!("- {}", pattern_line(kind, times))),
    );
    lines.extend(weak_answer_prompts(input));
    lines.push(went_well_line(interview));
    lines.push(went_badly_line(&input.gaffes, learning));
    PlanStep {
        kind: StepKind::Review,
        title: if learning {
            "Review the interview to learn from it"
        } else {
            "Review the interview, clinically"
        }
        .to_string(),
        what_to_do: lines.join("\n"),
        why: review_reasons(input, facts, learning),
        due_at: facts.review_due,
        draft: None,
    }
}

/// How the review starts: after a rejection or a withdrawal, that it is for learning; on the recovery path once no
/// cool-off is running, a second self-rating; and, when body language is the only evidence, a caution.
fn opening_lines(input: &PlanInput, facts: &Derived, learning: bool) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    if learning {
        lines.push(format!(
            "{}, so this review is for you, not for them: go through the interview once, calmly, for what it can \
             teach you.",
            capitalised(outcome_state(input.interview.outcome))
        ));
    } else if facts.cool_off_until.is_none() {
        lines.push(
            "With some distance now, first rate the interview again from 1 to 5 and compare it with how it felt \
             right afterwards."
                .to_string(),
        );
    }
    if facts.body_language_only {
        lines.push(
            "Caution: the only thing worrying you is an interviewer's body language. Facial expressions are easy to \
             over-read; a blank look often means concentration, tiredness or a busy day. Unless something was \
             actually said, treat it as weak evidence and do no damage control over it."
                .to_string(),
        );
    }
    lines
}

/// One prompt per question answered weakly or blanked on, in logged order, except those a gaffe was logged against:
/// they are already reviewed, by name, with that gaffe.
fn weak_answer_prompts(input: &PlanInput) -> Vec<String> {
    let covered = |index: usize| input.gaffes.iter().any(|g| g.question_index == Some(index));
    let mut prompts = Vec::new();
    for (index, question) in input.interview.questions.iter().enumerate() {
        let asked = clip_words(&question.question, QUOTE_WORDS);
        match question.quality {
            _ if covered(index) => {}
            AnswerQuality::Weak => prompts.push(format!(
                "- Your answer to \u{201c}{asked}\u{201d} was weak. Why, looking back? What better answer could \
                 you have given, and what information would you have needed to give it confidently?"
            )),
            AnswerQuality::Blanked => prompts.push(format!(
                "- You blanked on \u{201c}{asked}\u{201d}. What information would you have needed to answer it \
                 confidently, and what would a strong answer have said?"
            )),
            AnswerQuality::Strong | AnswerQuality::Adequate => {}
        }
    }
    prompts
}

/// The inventory's first half: the strengths logged, or a push to find some.
fn went_well_line(interview: &InterviewFacts) -> String {
    let went_well = strengths_list(interview);
    if went_well.is_empty() {
        "What went well: nothing logged yet. List at least three things you handled well; there almost always are \
         some."
            .to_string()
    } else {
        format!("What went well: {}.", went_well.join("; "))
    }
}

/// The inventory's second half: the slips logged, and how to weigh the two lists.
fn went_badly_line(gaffes: &[GaffeFacts], learning: bool) -> String {
    let went_badly: Vec<&str> = gaffes.iter().map(|g| entry(g.kind).label).collect();
    if went_badly.is_empty() {
        "What went badly: nothing specific logged. If the interview still feels bad, name the moment it turned."
            .to_string()
    } else {
        format!(
            "What went badly: {}. Compare the two lists honestly; {}",
            went_badly.join("; "),
            // After a rejection the point is what to keep, not whether it can still be saved.
            if learning {
                "both have something to teach you."
            } else {
                "it may be less of a debacle than it felt."
            }
        )
    }
}

/// Why review: to learn or to make amends, then each gaffe, each kind that came back from earlier interviews, and
/// the body-language caution.
fn review_reasons(input: &PlanInput, facts: &Derived, learning: bool) -> Vec<String> {
    let mut why = vec![if learning {
        "What went wrong is worth knowing now only as a lesson for the next interview".to_string()
    } else {
        "You can only make amends once you know exactly what went wrong".to_string()
    }];
    why.extend(input.gaffes.iter().map(gaffe_why));
    why.extend(recurring_kinds(input).map(|(kind, times)| {
        format!(
            "Logged in {} earlier interview{} too: {}",
            times - 1,
            if times == 2 { "" } else { "s" },
            entry(kind).label
        )
    }));
    if facts.body_language_only {
        why.push("Body language is the only evidence logged".to_string());
    }
    why
}

/// The review after a good interview, an advance or an offer: what went well, and what is worth sharpening.
fn went_well_step(input: &PlanInput, facts: &Derived) -> PlanStep {
    let interview = &input.interview;
    let went_well = strengths_list(interview);
    let mut lines = vec![if went_well.is_empty() {
        "While it is fresh, write down the three things that went best: the answers that landed, the moments of \
         rapport, the preparation that paid off."
            .to_string()
    } else {
        format!(
            "While it is fresh, note what went well: {}. Add anything else that landed, so you can do it again.",
            went_well.join("; ")
        )
    }];
    let mut sharpen: Vec<String> = Vec::new();
    for gaffe in &input.gaffes {
        let label = match input.recurrence(gaffe.kind) {
            Some(times) => format!("{} ({} time)", entry(gaffe.kind).label, ordinal(times)),
            None => entry(gaffe.kind).label.to_string(),
        };
        if !sharpen.contains(&label) {
            sharpen.push(label);
        }
    }
    sharpen.extend(weak_questions(interview).map(|q| {
        format!(
            "your answer to \u{201c}{}\u{201d}",
            clip_words(&q.question, QUOTE_WORDS)
        )
    }));
    if interview.outcome == Outcome::Offer {
        lines.insert(
            0,
            format!(
                "Congratulations on the offer from {}: you earned it.",
                interview.company.trim()
            ),
        );
    }
    if !sharpen.is_empty() {
        lines.push(format!(
            "Worth sharpening before the next interview: {}.",
            sharpen.join("; ")
        ));
    }
    let first = match facts.path {
        PlanPath::MovingOn => format!(
            "{}: there is nothing to dissect",
            capitalised(outcome_state(interview.outcome))
        ),
        _ => format!(
            "What you logged did little real harm and you rated it {}/5: the interview went well, so there is \
             nothing to dissect",
            interview.self_rating
        ),
    };
    PlanStep {
        kind: StepKind::Review,
        title: "Note what went well".to_string(),
        what_to_do: lines.join("\n"),
        why: vec![
            first,
            "Knowing what worked lets you do it again in the next round".to_string(),
        ],
        due_at: facts.review_due,
        draft: None,
    }
}

/// The post-mortem of one gaffe: what happened, when and on which question, then the catalogue's questions for
/// its kind.
fn gaffe_prompt(gaffe: &GaffeFacts, interview: &InterviewFacts) -> String {
    let (title, moment) = (entry(gaffe.kind).title, moment_word(gaffe.moment));
    // "Late arrival (on arrival)" says it twice.
    let mut prompt = if adds_nothing(title, moment) {
        title.to_string()
    } else {
        format!("{title} ({moment})")
    };
    if let Some(description) = described(&gaffe.description) {
        // The closing ". " below ends the sentence; a quote's own final full stop would double it.
        let description = description.trim_end_matches('.');
        prompt.push_str(&format!(": \u{201c}{description}\u{201d}"));
    }
    if let Some(question) = gaffe
        .question_index
        .and_then(|i| interview.questions.get(i))
    {
        prompt.push_str(&format!(
            ", on the question \u{201c}{}\u{201d}",
            clip_words(&question.question, QUOTE_WORDS)
        ));
    }
    prompt.push_str(". ");
    // Each kind has its own post-mortem questions, from the catalogue.
    prompt.push_str(&entry(gaffe.kind).review_questions.join(" "));
    if gaffe.corrected_in_interview {
        prompt.push_str(" You corrected it on the spot, which already limits the harm.");
    }
    prompt
}

/// The kinds logged in this interview and in earlier ones too, in catalogue order, each with how many interviews
/// (this one included) logged it.
fn recurring_kinds(input: &PlanInput) -> impl Iterator<Item = (GaffeKind, usize)> + '_ {
    GaffeKind::ALL
        .iter()
        .filter_map(|&kind| input.recurrence(kind).map(|times| (kind, times)))
}

/// Names a pattern across interviews and the catalogue's prevention for it: "This is the third interview where you
/// arrived late: a pattern now, not bad luck. Plan the route the day before…".
fn pattern_line(kind: GaffeKind, times: usize) -> String {
    let verdict = if times == 2 {
        "catch it now, before it becomes a habit"
    } else {
        "a pattern now, not bad luck"
    };
    format!(
        "This is the {} interview where {}: {verdict}. {}",
        ordinal(times),
        entry(kind).recurrence,
        entry(kind).prevention
    )
}
