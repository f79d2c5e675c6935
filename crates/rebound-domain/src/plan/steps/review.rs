//! Article step 2: conduct a review of the interview. A clinical post-mortem on the recovery path, framed as
//! learning after a rejection or a withdrawal; a note of what went well when there is nothing to dissect.

use rebound_i18n::Locale;

use super::{strengths_list, weak_questions};
use crate::plan::wording::{
    described, gaffe_why_in, kind_id, kind_questions, kind_text, moment_word, ordinal_in, say,
};
use crate::plan::{Derived, PlanInput, PlanPath, PlanStep, StepKind, QUOTE_WORDS};
use crate::text::{adds_nothing, clip_words};
use crate::{AnswerQuality, GaffeFacts, GaffeKind, InterviewFacts, Outcome};

/// `yes` or `no`, for a message's selector.
fn yes_no(flag: bool) -> &'static str {
    if flag {
        "yes"
    } else {
        "no"
    }
}

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
    let locale = input.locale;
    let interview = &input.interview;
    let learning = facts.path == PlanPath::NotSelected;
    let mut lines = opening_lines(input, facts, learning);
    for gaffe in &input.gaffes {
        lines.push(format!("- {}", gaffe_prompt(locale, gaffe, interview)));
    }
    lines.extend(
        recurring_kinds(input)
            .map(|(kind, times)| format!("- {}", pattern_line(locale, kind, times))),
    );
    lines.extend(weak_answer_prompts(input));
    lines.push(went_well_line(locale, interview));
    lines.push(went_badly_line(locale, &input.gaffes, learning));
    PlanStep {
        kind: StepKind::Review,
        title: say!(locale, "plan-review-title", learning = yes_no(learning)),
        what_to_do: lines.join("\n"),
        why: review_reasons(input, facts, learning),
        due_at: facts.review_due,
        draft: None,
    }
}

/// How the review starts: after a rejection or a withdrawal, that it is for learning; on the recovery path once no
/// cool-off is running, a second self-rating; and, when body language is the only evidence, a caution.
fn opening_lines(input: &PlanInput, facts: &Derived, learning: bool) -> Vec<String> {
    let locale = input.locale;
    let mut lines: Vec<String> = Vec::new();
    if learning {
        lines.push(say!(
            locale,
            "plan-review-learning-opening",
            outcome = input.interview.outcome.as_str()
        ));
    } else if facts.cool_off_until.is_none() {
        lines.push(say!(locale, "plan-review-rerate"));
    }
    if facts.body_language_only {
        lines.push(say!(locale, "plan-review-body-language-caution"));
    }
    lines
}

/// One prompt per question answered weakly or blanked on, in logged order, except those a gaffe was logged against:
/// they are already reviewed, by name, with that gaffe.
fn weak_answer_prompts(input: &PlanInput) -> Vec<String> {
    let locale = input.locale;
    let covered = |index: usize| input.gaffes.iter().any(|g| g.question_index == Some(index));
    let mut prompts = Vec::new();
    for (index, question) in input.interview.questions.iter().enumerate() {
        let asked = clip_words(&question.question, QUOTE_WORDS);
        let id = match question.quality {
            _ if covered(index) => continue,
            AnswerQuality::Weak => "plan-review-weak-answer",
            AnswerQuality::Blanked => "plan-review-blanked",
            AnswerQuality::Strong | AnswerQuality::Adequate => continue,
        };
        prompts.push(format!("- {}", say!(locale, id, question = asked)));
    }
    prompts
}

/// The inventory's first half: the strengths logged, or a push to find some.
fn went_well_line(locale: Locale, interview: &InterviewFacts) -> String {
    let went_well = strengths_list(locale, interview);
    if went_well.is_empty() {
        say!(locale, "plan-review-went-well-none")
    } else {
        say!(locale, "plan-review-went-well", list = went_well.join("; "))
    }
}

/// The inventory's second half: the slips logged, and how to weigh the two lists (after a rejection the point is
/// what to keep, not whether it can still be saved).
fn went_badly_line(locale: Locale, gaffes: &[GaffeFacts], learning: bool) -> String {
    let went_badly: Vec<String> = gaffes
        .iter()
        .map(|g| kind_text(locale, g.kind, "label").into_owned())
        .collect();
    if went_badly.is_empty() {
        say!(locale, "plan-review-went-badly-none")
    } else {
        say!(
            locale,
            "plan-review-went-badly",
            list = went_badly.join("; "),
            learning = yes_no(learning)
        )
    }
}

/// Why review: to learn or to make amends, then each gaffe, each kind that came back from earlier interviews, and
/// the body-language caution.
fn review_reasons(input: &PlanInput, facts: &Derived, learning: bool) -> Vec<String> {
    let locale = input.locale;
    let mut why = vec![say!(locale, "plan-review-why", learning = yes_no(learning))];
    why.extend(input.gaffes.iter().map(|g| gaffe_why_in(locale, g)));
    why.extend(recurring_kinds(input).map(|(kind, times)| {
        say!(
            locale,
            "plan-review-why-recurring",
            earlier = times - 1,
            label = kind_text(locale, kind, "label")
        )
    }));
    if facts.body_language_only {
        why.push(say!(locale, "plan-review-why-body-language"));
    }
    why
}

/// The review after a good interview, an advance or an offer: what went well, and what is worth sharpening.
fn went_well_step(input: &PlanInput, facts: &Derived) -> PlanStep {
    let locale = input.locale;
    let interview = &input.interview;
    let went_well = strengths_list(locale, interview);
    let mut lines = vec![if went_well.is_empty() {
        say!(locale, "plan-went-well-fresh-none")
    } else {
        say!(locale, "plan-went-well-fresh", list = went_well.join("; "))
    }];
    let mut sharpen: Vec<String> = Vec::new();
    for gaffe in &input.gaffes {
        let label = kind_text(locale, gaffe.kind, "label");
        let label = match input.recurrence(gaffe.kind) {
            Some(times) => say!(
                locale,
                "plan-went-well-sharpen-recurring",
                label = label,
                ordinal = ordinal_in(locale, times)
            ),
            None => label.into_owned(),
        };
        if !sharpen.contains(&label) {
            sharpen.push(label);
        }
    }
    sharpen.extend(weak_questions(interview).map(|q| {
        say!(
            locale,
            "plan-your-answer-to",
            question = clip_words(&q.question, QUOTE_WORDS)
        )
    }));
    if interview.outcome == Outcome::Offer {
        let company = interview.company.trim();
        lines.insert(
            0,
            say!(locale, "plan-went-well-congratulations", company = company),
        );
    }
    if !sharpen.is_empty() {
        lines.push(say!(
            locale,
            "plan-went-well-sharpen",
            list = sharpen.join("; ")
        ));
    }
    let first = match facts.path {
        PlanPath::MovingOn => say!(
            locale,
            "plan-went-well-why-moving-on",
            outcome = interview.outcome.as_str()
        ),
        _ => say!(
            locale,
            "plan-went-well-why-went-well",
            rating = interview.self_rating
        ),
    };
    PlanStep {
        kind: StepKind::Review,
        title: say!(locale, "plan-went-well-title"),
        what_to_do: lines.join("\n"),
        why: vec![first, say!(locale, "plan-went-well-why-next")],
        due_at: facts.review_due,
        draft: None,
    }
}

/// The post-mortem of one gaffe: what happened, when and on which question, then the catalogue's questions for
/// its kind.
fn gaffe_prompt(locale: Locale, gaffe: &GaffeFacts, interview: &InterviewFacts) -> String {
    let (title, moment) = (
        kind_text(locale, gaffe.kind, "title"),
        moment_word(locale, gaffe.moment),
    );
    // The closing full stop ends the sentence; a quote's own final full stop would double it.
    let description = described(&gaffe.description)
        .map(|d| d.trim_end_matches('.').to_string())
        .unwrap_or_default();
    let question = gaffe
        .question_index
        .and_then(|i| interview.questions.get(i))
        .map(|q| clip_words(&q.question, QUOTE_WORDS));
    let mut prompt = say!(
        locale,
        "plan-review-gaffe",
        has_moment = yes_no(!moment_adds_nothing(locale, &title, &moment)),
        title = title,
        moment = moment,
        has_description = yes_no(!description.is_empty()),
        description = description,
        has_question = yes_no(question.is_some()),
        question = question.unwrap_or_default()
    );
    // Each kind has its own post-mortem questions, from the catalogue.
    prompt.push(' ');
    prompt.push_str(&kind_questions(locale, gaffe.kind).join(" "));
    if gaffe.corrected_in_interview {
        prompt.push(' ');
        prompt.push_str(&say!(locale, "plan-review-corrected"));
    }
    prompt
}

/// Whether saying when adds nothing to the title: "Late arrival (on arrival)", « Arrivée en retard (à l’arrivée) »
/// say it twice. French articles and prepositions do not count as content, as "on" and "the" do not in English.
fn moment_adds_nothing(locale: Locale, title: &str, moment: &str) -> bool {
    const FRENCH_SMALL: [&str; 9] = ["à", "l", "la", "le", "au", "en", "de", "d", "du"];
    match locale {
        Locale::En => adds_nothing(title, moment),
        Locale::FrCa => {
            let content: Vec<&str> = moment
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty() && !FRENCH_SMALL.contains(w))
                .collect();
            adds_nothing(title, &content.join(" "))
        }
    }
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
fn pattern_line(locale: Locale, kind: GaffeKind, times: usize) -> String {
    let pattern = say!(
        locale,
        &format!("plan-pattern-{}", kind_id(kind)),
        ordinal = ordinal_in(locale, times),
        times = times
    );
    format!("{pattern} {}", kind_text(locale, kind, "prevention"))
}
