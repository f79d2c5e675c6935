//! The step builders: one function per step kind, each returning the step or the reason it is left out.

use super::wording::{described, format_elapsed, format_time, gaffe_why, moment_word};
use super::{
    add_hours, Derived, Lesson, PlanInput, PlanPath, PlanStep, StepKind, DISASTER_RATING,
    QUOTE_WORDS,
};
use crate::catalogue::entry;
use crate::note::{draft_follow_up_note, experience_phrase, is_repairable_by_note};
use crate::text::{adds_nothing, clip_words, join_names, ordinal};
use crate::{
    AnswerQuality, DamageBand, EmployerInterest, GaffeFacts, GaffeKind, InterviewFacts, Noticed,
    Outcome, Question, Stage,
};

/// Article step 1: take a timeout. Only on the recovery path (after a good interview, an offer, an advance or a
/// rejection there is no damage control to hold off on), and only while the cool-off for this self-rating is still
/// running (at most a day after the interview, for one rated 1/5); a plan made later goes straight to the review.
pub(super) fn cool_off_step(input: &PlanInput, facts: &Derived) -> Result<PlanStep, String> {
    let rating = input.interview.self_rating;
    let elapsed = format_elapsed(facts.elapsed_minutes);
    match facts.path {
        PlanPath::Recovery => {}
        PlanPath::WentWell => {
            return Err(format!(
                "Nothing to recover from: the damage score is {} and you rated the interview {rating}/5, so there is \
                 no damage control to hold off on.",
                input.damage_score
            ))
        }
        PlanPath::MovingOn => {
            return Err(format!(
                "{}, so there is no damage control to hold off on.",
                capitalised(outcome_state(input.interview.outcome))
            ))
        }
        PlanPath::NotSelected => {
            return Err(format!(
                "The decision is made ({}), so there is no damage control to hold off on; take whatever time you \
                 need before replying.",
                outcome_state(input.interview.outcome)
            ))
        }
    }
    let Some(until) = facts.cool_off_until else {
        return Err(format!(
            "The interview was {elapsed} ago, past the {}-hour cool-off suggested for an interview rated {rating}/5; \
             emotions have had time to settle, so go straight to the review.",
            facts.cool_off_hours
        ));
    };
    Ok(PlanStep {
        kind: StepKind::CoolOff,
        title: "Take a timeout before acting".to_string(),
        what_to_do: format!(
            "Hold off on any damage control until {}. Do something unrelated in the meantime. Then rate the \
             interview again from 1 to 5: interviews usually feel worse straight afterwards than they really went.",
            format_time(until, input.time_zone)
        ),
        why: vec![
            format!("You rated the interview {rating}/5 right afterwards; the lower the rating, the longer the pause"),
            format!("The plan is being made {elapsed} after the interview"),
        ],
        due_at: until,
        draft: None,
    })
}

/// Article step 2: a clinical post-mortem. Per gaffe: what exactly happened and what a better response would have
/// been; per weak or blanked question: what information was missing; then an inventory of what went well against
/// what went badly. When the only evidence is body language, a caution that expressions are easy to over-read.
///
/// After a good interview, an advance or an offer there is nothing to dissect: the step is a brief note of what went
/// well (and of any slip worth sharpening). After a rejection the same review is framed as learning, not amends.
pub(super) fn review_step(input: &PlanInput, facts: &Derived) -> PlanStep {
    if matches!(facts.path, PlanPath::WentWell | PlanPath::MovingOn) {
        return went_well_step(input, facts);
    }
    let interview = &input.interview;
    let learning = facts.path == PlanPath::NotSelected;
    let mut lines: Vec<String> = Vec::new();
    if learning {
        lines.push(format!(
            "{}, so this review is for you, not for them: go through the interview once, calmly, for what it can \
             teach you.",
            capitalised(outcome_state(interview.outcome))
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
    for gaffe in &input.gaffes {
        lines.push(format!("- {}", gaffe_prompt(gaffe, interview)));
    }
    lines.extend(
        recurring_kinds(input).map(|(kind, times)| format!("- {}", pattern_line(kind, times))),
    );
    for (index, question) in interview.questions.iter().enumerate() {
        // A question a gaffe was logged against is already reviewed, by name, with that gaffe.
        let covered = input.gaffes.iter().any(|g| g.question_index == Some(index));
        let asked = clip_words(&question.question, QUOTE_WORDS);
        match question.quality {
            _ if covered => {}
            AnswerQuality::Weak => lines.push(format!(
                "- Your answer to \u{201c}{asked}\u{201d} was weak. Why, looking back? What better answer could \
                 you have given, and what information would you have needed to give it confidently?"
            )),
            AnswerQuality::Blanked => lines.push(format!(
                "- You blanked on \u{201c}{asked}\u{201d}. What information would you have needed to answer it \
                 confidently, and what would a strong answer have said?"
            )),
            AnswerQuality::Strong | AnswerQuality::Adequate => {}
        }
    }
    let went_well = strengths_list(interview);
    lines.push(if went_well.is_empty() {
        "What went well: nothing logged yet. List at least three things you handled well; there almost always are \
         some."
            .to_string()
    } else {
        format!("What went well: {}.", went_well.join("; "))
    });
    let went_badly: Vec<&str> = input.gaffes.iter().map(|g| entry(g.kind).label).collect();
    lines.push(if went_badly.is_empty() {
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
    });

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
    PlanStep {
        kind: StepKind::Review,
        title: if learning {
            "Review the interview to learn from it"
        } else {
            "Review the interview, clinically"
        }
        .to_string(),
        what_to_do: lines.join("\n"),
        why,
        due_at: facts.review_due,
        draft: None,
    }
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
            "Damage score {} and a self-rating of {}/5: the interview went well, so there is nothing to dissect",
            input.damage_score, interview.self_rating
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

/// The questions answered weakly or blanked on, in logged order.
fn weak_questions(interview: &InterviewFacts) -> impl Iterator<Item = &Question> {
    interview
        .questions
        .iter()
        .filter(|q| matches!(q.quality, AnswerQuality::Weak | AnswerQuality::Blanked))
}

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

fn strengths_list(interview: &InterviewFacts) -> Vec<String> {
    let mut list: Vec<String> = interview
        .strengths
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(|s| clip_words(s, QUOTE_WORDS))
        .collect();
    list.extend(
        interview
            .questions
            .iter()
            .filter(|q| q.quality == AnswerQuality::Strong)
            .map(|q| {
                format!(
                    "a strong answer to \u{201c}{}\u{201d}",
                    clip_words(&q.question, QUOTE_WORDS)
                )
            }),
    );
    list
}

/// Article step 4: the thank-you note, due within a day of the interview (after the cool-off and review), or soon
/// after `now` when that moment has passed. Carries the drafted note.
///
/// On the recovery path it sets the record straight; after a good interview, an advance or an offer it is a plain
/// thank-you; after a rejection or a withdrawal it is a gracious reply that keeps the relationship (the interviewers
/// may decide differently later or think of the candidate for another role) and, after a rejection, may ask for
/// feedback. A forgotten key experience is a strength left out, not a mistake to hide, so the note adds it however
/// surely the interviewers noticed the gap.
pub(super) fn follow_up_note_step(input: &PlanInput, facts: &Derived) -> PlanStep {
    let interview = &input.interview;
    let note = draft_follow_up_note(interview, &input.gaffes, input.tone);
    let names: Vec<&str> = interview
        .interviewers
        .iter()
        .map(|i| i.name.trim())
        .filter(|n| !n.is_empty())
        .collect();
    let recipients = if names.is_empty() {
        "the interviewers".to_string()
    } else {
        join_names(&names)
    };
    let subject = &note.subject;
    let (title, mut what_to_do) = match facts.path {
        PlanPath::Recovery => (
            "Send a short thank-you note",
            format!(
                "Send the note below to {recipients} with the subject \u{201c}{subject}\u{201d}. Fill in the \
                 bracketed placeholders and keep it short; do not add apologies or explanations."
            ),
        ),
        PlanPath::WentWell => (
            "Send a short thank-you note",
            format!(
                "Send the note below to {recipients} with the subject \u{201c}{subject}\u{201d}: a plain thank-you \
                 that restates your interest. Fill in the bracketed placeholders and keep it short."
            ),
        ),
        PlanPath::MovingOn => (
            "Send a plain thank-you",
            format!(
                "Send the note below to {recipients} with the subject \u{201c}{subject}\u{201d}: thank them for \
                 their time and say you look forward to {}. Fill in the bracketed placeholders and keep it short.",
                if interview.outcome == Outcome::Offer {
                    "discussing the offer"
                } else {
                    "the next round"
                }
            ),
        ),
        PlanPath::NotSelected => (
            "Reply graciously and keep the door open",
            format!(
                "Reply to {recipients}, starting from the note below (subject \u{201c}{subject}\u{201d}): thank \
                 them for their time{}, and say you would welcome hearing about future roles{}. Keep it short and \
                 warm; do not argue the decision or go back over what went wrong.",
                if interview.outcome == Outcome::Rejected {
                    " and for letting you know"
                } else {
                    " and their consideration"
                },
                if interview.outcome == Outcome::Rejected {
                    ". If you would like to know what to improve, ask whether they could share brief feedback"
                } else {
                    ""
                }
            ),
        ),
    };
    if facts.note_late {
        what_to_do.push_str(
            " The ideal moment, within a day of the interview, has passed: send it anyway, soon.",
        );
    } else {
        what_to_do.push_str(&format!(
            " Send it by {}.",
            format_time(facts.note_due, input.time_zone)
        ));
    }

    let why = match facts.path {
        PlanPath::NotSelected => {
            let who = if interview.outcome == Outcome::Rejected {
                "You did not get this role"
            } else {
                "You withdrew from this process"
            };
            vec![
                format!(
                    "{who}, but the people who interviewed you may decide differently later, think of you for \
                     another role at {}, or one day hire at a firm you want to join",
                    interview.company.trim()
                ),
                "A gracious reply leaves them a better last impression than the interview did".to_string(),
            ]
        }
        PlanPath::Recovery => {
            let mut why = vec![
                "A thank-you note is basic courtesy and the natural place to set the record straight"
                    .to_string(),
            ];
            why.extend(repair_reasons(input, &note.repairs, true));
            why
        }
        PlanPath::WentWell | PlanPath::MovingOn => {
            let mut why = vec![
                "A thank-you note is basic courtesy and keeps you fresh in their minds".to_string(),
            ];
            why.extend(repair_reasons(input, &note.repairs, false));
            why
        }
    };
    PlanStep {
        kind: StepKind::FollowUpNote,
        title: title.to_string(),
        what_to_do,
        why,
        due_at: facts.note_due,
        draft: Some(note.body),
    }
}

/// One line per gaffe the note repairs or adds, and (with `leave_outs`) per noticed-maybe mistake it deliberately
/// leaves out.
fn repair_reasons(input: &PlanInput, repairs: &[GaffeKind], leave_outs: bool) -> Vec<String> {
    let mut why = Vec::new();
    for gaffe in &input.gaffes {
        let label = entry(gaffe.kind).label;
        let repaired = repairs.contains(&gaffe.kind) && is_repairable_by_note(gaffe);
        if repaired && gaffe.kind == GaffeKind::OmittedKeyExperience {
            let line = format!(
                "It adds: {label}. A strength you forgot to mention is not a mistake to hide, so it belongs in the \
                 note whether or not they noticed"
            );
            if !why.contains(&line) {
                why.push(line);
            }
        } else if repaired {
            why.push(format!("It repairs: {label} (noticed: certain)"));
        } else if leave_outs
            && gaffe.noticed != Noticed::Certain
            && gaffe.kind != GaffeKind::OmittedKeyExperience
        {
            why.push(format!(
                "It leaves out {label}: you are not certain they noticed it, and the note must not point it out"
            ));
        }
    }
    why
}

/// Article step 4 (references): when the interview left out something a reference could vouch for, namely an
/// omitted key experience (however noticed) or a behavioural strength that did not come across (a weak
/// behavioural answer), and the hiring process is still open (not rejected, withdrawn or already an offer).
/// Never for a body-language-only worry. Due a day after the note.
pub(super) fn reference_tip_off_step(
    input: &PlanInput,
    facts: &Derived,
) -> Result<PlanStep, String> {
    let triggers: Vec<&GaffeFacts> = input
        .gaffes
        .iter()
        .filter(|g| {
            matches!(
                g.kind,
                GaffeKind::OmittedKeyExperience | GaffeKind::WeakBehavioralAnswer
            )
        })
        .collect();
    if facts.body_language_only {
        return Err(body_language_reason());
    }
    if triggers.is_empty() {
        return Err("Nothing for a reference to add: no omitted experience or under-sold strength was logged."
            .to_string());
    }
    if let Some(state) = closed_process(input.interview.outcome, true) {
        return Err(format!(
            "The hiring process is over ({state}), so no reference is likely to be called."
        ));
    }

    let mut points: Vec<String> = Vec::new();
    for gaffe in &triggers {
        let point = match gaffe.kind {
            GaffeKind::OmittedKeyExperience => match described(&gaffe.description) {
                Some(d) => experience_phrase(&d),
                None => "[the experience you left out]".to_string(),
            },
            _ => "the way I work with colleagues and handle difficult situations on the job"
                .to_string(),
        };
        if !points.contains(&point) && points.len() < 2 {
            points.push(point);
        }
    }
    let interview = &input.interview;
    let draft = format!(
        "Hi [reference's name],\n\nA quick heads-up: I interviewed with {} for the {} role, so they may contact \
         you as a reference soon. {} If it comes up naturally, it would help a lot if you could mention \
         it.\n\nThank you for your support,\n[Your name]",
        interview.company.trim(),
        interview.role_title.trim(),
        match points.as_slice() {
            [one] => format!("One thing I did not get across well in the interview: {one}."),
            _ => format!("Two things I did not get across well in the interview: {}.", points.join("; and ")),
        }
    );
    Ok(PlanStep {
        kind: StepKind::ReferenceTipOff,
        title: "Brief a trusted reference".to_string(),
        what_to_do: "Pick the reference who knows this part of your work best, ideally a former manager, and send \
                     them the message below so they can mention it tactfully if the company calls. The interview is \
                     over, but the hiring process is not."
            .to_string(),
        why: triggers.iter().map(|g| gaffe_why(g)).collect(),
        due_at: add_hours(facts.note_due, 24),
        draft: Some(draft),
    })
}

/// Article step 5: ask for a second shot, as the absolute last resort. Only on the recovery path (a rejection, an
/// advance, an offer, a withdrawal or a good interview leave nothing to make up for), and every condition must hold:
///
/// 1. the worry is not only body language;
/// 2. the slips did real damage: the damage *before* strengths offset any of it is `recoverable` or `serious`
///    (strengths must not argue the article's strong candidate out of the request);
/// 3. the employer's interest was `strong` before things went wrong (set on the interview: the stage reached says
///    nothing about it on its own);
/// 4. an extenuating circumstance (a family emergency, say) was logged on some gaffe.
///
/// Due two days after the note, so the note goes first.
pub(super) fn second_interview_step(
    input: &PlanInput,
    facts: &Derived,
) -> Result<PlanStep, String> {
    let interview = &input.interview;
    match facts.path {
        PlanPath::Recovery => {}
        PlanPath::NotSelected => {
            return Err(format!(
                "The process is over ({}), so a make-up interview is not on the table; the reply asks to be \
                 considered for future roles instead.",
                outcome_state(interview.outcome)
            ))
        }
        PlanPath::MovingOn => {
            return Err(format!(
                "No second interview to ask for: {}.",
                outcome_state(interview.outcome)
            ))
        }
        PlanPath::WentWell => {
            return Err(format!(
                "The interview went well (damage score {}), so there is nothing to make up for.",
                input.damage_score
            ))
        }
    }
    if facts.body_language_only {
        return Err(body_language_reason());
    }
    let circumstance = input
        .gaffes
        .iter()
        .find_map(|g| described(&g.extenuating_circumstance).map(|c| (g, c)));
    let gross_band = DamageBand::from_score(input.damage_before_offsets);

    let mut failed: Vec<String> = Vec::new();
    if gross_band == DamageBand::Minor {
        failed.push(format!(
            "the slips themselves did little harm (score {} before your strengths are counted), so the thank-you \
             note is enough",
            input.damage_before_offsets
        ));
    }
    match interview.employer_interest {
        EmployerInterest::Strong => {}
        EmployerInterest::Unknown => failed.push(
            "nothing says the employer was leaning towards you; record the employer's interest as strong on the interview only if they \
             clearly were (they called you a front-runner, fast-tracked you, or the recruiter said so)"
                .to_string(),
        ),
        EmployerInterest::Neutral => failed.push(
            "the employer's interest was ordinary rather than strong, and a do-over is only granted to a \
             candidate they were already leaning towards"
                .to_string(),
        ),
        EmployerInterest::Weak => failed.push(
            "the employer seemed lukewarm, so the request would more likely count against you".to_string(),
        ),
    }
    if circumstance.is_none() {
        failed.push(
            "no extenuating circumstance (such as a family emergency) was logged on any gaffe"
                .to_string(),
        );
    }
    let Some((gaffe, circumstance)) = circumstance.filter(|_| failed.is_empty()) else {
        return Err(format!(
            "A second interview is a last resort and not every condition holds: {}.",
            failed.join("; ")
        ));
    };

    let mut why = vec![
        "The employer showed strong interest in you before the interview went wrong".to_string(),
    ];
    why.extend(supporting_reasons(input));
    why.push(format!(
        "Extenuating circumstance logged: {circumstance} ({})",
        entry(gaffe.kind).label
    ));
    why.push(format!(
        "The slips did real damage: score {} before your strengths are counted ({})",
        input.damage_before_offsets,
        gross_band.as_str()
    ));
    Ok(PlanStep {
        kind: StepKind::SecondInterviewRequest,
        title: "Ask for a second interview (last resort)".to_string(),
        what_to_do: format!(
            "Only if you feel you have nothing to lose, ask {} whether they would consider a second conversation \
             for the {} role. Keep it short: say plainly what went wrong, mention the circumstance ({circumstance}) \
             in one sentence without dwelling on it, and say how much you want to join them. Be ready for a no: \
             the request may well be refused. Companies rarely re-interview, since hiring already costs them time \
             and money, and some take the request as a sign of weakness. Send it after the thank-you note, never \
             instead of it.",
            interview.company.trim(),
            interview.role_title.trim()
        ),
        why,
        due_at: add_hours(facts.note_due, 48),
        draft: None,
    })
}

/// Facts that back up the employer's strong interest, each as a reason: a late round reached, and strengths that
/// outnumber the weak spots (strengths = non-empty logged strengths + questions answered `strong`; weak spots =
/// questions answered `weak` or `blanked` + gaffes noticed `certain` or `likely`). Neither claims on its own that
/// the employer was leaning towards the candidate.
fn supporting_reasons(input: &PlanInput) -> Vec<String> {
    let interview = &input.interview;
    let mut reasons = Vec::new();
    match interview.stage {
        Stage::Panel => reasons.push("You had reached the panel round".to_string()),
        Stage::Final => reasons.push("You had reached the final round".to_string()),
        _ => {}
    }
    let strengths = strengths_list(interview).len();
    let weak_spots = weak_questions(interview).count()
        + input
            .gaffes
            .iter()
            .filter(|g| matches!(g.noticed, Noticed::Certain | Noticed::Likely))
            .count();
    if strengths > weak_spots {
        reasons.push(format!(
            "Your strengths ({strengths}) outnumber your weak spots ({weak_spots})"
        ));
    }
    reasons
}

/// Article step 6: one prevention item per distinct logged gaffe kind, due after the other steps. After a rejection
/// it is framed as learning for next time; after a good interview or an advance it becomes preparation for the next
/// round, and after an offer preparation for the offer conversation (present even when nothing was logged).
pub(super) fn lessons_step(
    input: &PlanInput,
    facts: &Derived,
    lessons: &[Lesson],
) -> Result<PlanStep, String> {
    let outcome = input.interview.outcome;
    let mut lines: Vec<String> = lessons
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
        .collect();
    let mut why: Vec<String> = lessons
        .iter()
        .map(|l| match input.recurrence(l.kind) {
            Some(times) => format!(
                "You logged: {}, now in {times} interviews",
                entry(l.kind).label
            ),
            None => format!("You logged: {}", entry(l.kind).label),
        })
        .collect();
    let title = match facts.path {
        PlanPath::Recovery | PlanPath::NotSelected => {
            let learning = facts.path == PlanPath::NotSelected;
            if lessons.is_empty() {
                return Err(if learning {
                    "No slips were logged, so there is nothing specific to prevent next time; if the feedback you \
                     ask for names one, log it and generate a new plan."
                        .to_string()
                } else {
                    "No gaffes were logged, so there is nothing specific to prevent next time."
                        .to_string()
                });
            }
            lines.push(if learning {
                "You did not get this one, and that is allowed: nobody wins every interview. Keep this list for your \
                 next interview, and stop replaying this one."
                    .to_string()
            } else {
                "Everyone has an off day. Go over this once, keep the list for your next interview, and stop \
                 replaying this one."
                    .to_string()
            });
            if learning {
                "Learn from it for next time"
            } else {
                "Forgive yourself, keep the lessons"
            }
        }
        PlanPath::MovingOn if outcome == Outcome::Offer => {
            lines.push(
                "Before you answer the offer: compare it with the going rate for the role and the city, list what \
                 you still want to know about the role and the team, and decide what matters most to you."
                    .to_string(),
            );
            why.insert(
                0,
                "You have an offer; what comes next is the offer conversation".to_string(),
            );
            "Prepare for the offer conversation"
        }
        PlanPath::WentWell | PlanPath::MovingOn => {
            lines.push(
                "Before the next round: go over what went well, find out who you will meet and what the round \
                 covers, and have your questions for them and your salary range ready."
                    .to_string(),
            );
            why.insert(
                0,
                if outcome == Outcome::Advanced {
                    "You have advanced; the next round is what matters now".to_string()
                } else {
                    "If they invite you back, walk in ready".to_string()
                },
            );
            "Prepare for the next round"
        }
    };
    Ok(PlanStep {
        kind: StepKind::Lessons,
        title: title.to_string(),
        what_to_do: lines.join("\n"),
        why,
        due_at: add_hours(facts.note_due, 72),
        draft: None,
    })
}

/// One lesson per distinct logged kind, in catalogue order: the catalogue's prevention, then the information to
/// have on hand next time, naming the question that needed it when a gaffe of that kind was logged against one.
pub(super) fn lessons(interview: &InterviewFacts, gaffes: &[GaffeFacts]) -> Vec<Lesson> {
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
                    "{} Have on hand next time: {}, the information \u{201c}{}{}\u{201d} needed.",
                    entry.prevention,
                    entry.on_hand,
                    clip_words(question.trim_end_matches(['.', '?', '!']), QUOTE_WORDS),
                    if question.ends_with('?') { "?" } else { "" }
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

/// Article step 3: don't give up yet. For whoever feels it was a disaster (a self-rating of 1 or 2), which is
/// exactly the candidate the article speaks to when the evidence says it is recoverable, and for serious damage.
/// After a rejection it says the interview is not wasted; after an advance or an offer, that it went better than it
/// felt. Never after a good interview.
pub(super) fn encouragement(input: &PlanInput, facts: &Derived) -> Option<String> {
    let interview = &input.interview;
    let company = interview.company.trim();
    let felt_like_a_disaster = interview.self_rating <= DISASTER_RATING;
    let serious = input.band == DamageBand::Serious;
    match facts.path {
        PlanPath::Recovery if serious => Some(format!(
            "This one hurt, but do not write it off. The people who interviewed you may one day be the ones hiring \
             at a firm you want to join, and {company} may well open another role; follow up so that their last \
             impression of you is a composed one. And every interview, even a bad one, makes you better at the \
             next."
        )),
        PlanPath::Recovery if felt_like_a_disaster => Some(format!(
            "It may feel like a disaster, but what you logged points to {} damage (score {}), and that can be \
             recovered. This is the moment many candidates give up; do not. A short, well-judged follow-up can \
             still save this opportunity with {company}, and the people you met may matter to you later, whatever \
             happens with this role.",
            input.band.as_str(),
            input.damage_score
        )),
        PlanPath::NotSelected if serious || felt_like_a_disaster => Some(format!(
            "{} but it is not wasted. The people who interviewed you may think of you for another role at \
             {company}, or one day hire at a firm you want to join, and every interview, even a bad one, makes you \
             better at the next.",
            if interview.outcome == Outcome::Rejected {
                "You did not get this one,"
            } else {
                "You stepped away from this one,"
            }
        )),
        PlanPath::MovingOn if felt_like_a_disaster => Some(format!(
            "It felt like a disaster, yet {}: an interview usually looks better from across the table than it \
             feels from the inside. Remember that the next time one feels this bad.",
            outcome_state(interview.outcome)
        )),
        _ => None,
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

/// Where the application stands, as the end of a sentence ("you have an offer").
fn outcome_state(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Offer => "you have an offer",
        Outcome::Advanced => "you have advanced to the next round",
        Outcome::Rejected => "you were not selected",
        Outcome::Withdrawn => "you withdrew",
        Outcome::Pending | Outcome::NoResponse => "the decision is still open",
    }
}

/// `text` with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn body_language_reason() -> String {
    "The only worry logged is an interviewer's body language, which is easy to over-read; damage control could \
     draw attention to a problem that may not exist."
        .to_string()
}

/// The closed state of the process, if any: an offer or a withdrawal always; a rejection only when
/// `rejected_closes`.
fn closed_process(outcome: Outcome, rejected_closes: bool) -> Option<&'static str> {
    match outcome {
        Outcome::Offer => Some("you already have an offer"),
        Outcome::Withdrawn => Some("you withdrew"),
        Outcome::Rejected if rejected_closes => Some("you were rejected"),
        _ => None,
    }
}
