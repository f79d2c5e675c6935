//! Drafting the follow-up (thank-you) note.
//!
//! Step 4 of the article: follow up with the interviewer(s). A short, well-made thank-you note is a courtesy and a
//! chance to set the record straight: it thanks the interviewers by their correct names, restates interest in the
//! role, and quietly repairs the slips a note *can* repair. It stays brief so the repair is not conspicuous, never
//! makes excuses, never apologises at length, and never mentions a slip the interviewers may have missed.
//!
//! # Which gaffes the note repairs
//!
//! Only gaffes logged with [`Noticed::Certain`]: the note should address only mistakes the candidate is *certain*
//! the interviewers picked up on; `Likely` is a guess, so it is left alone. Of those, exactly the kinds whose
//! catalogue repair is a [correction](super::catalogue::RepairStrategy::NoteCorrection) or an
//! [addendum](super::catalogue::RepairStrategy::NoteAddendum) in the note (see [`is_repairable_by_note`]), each in
//! its own way:
//!
//! * `wrong_interviewer_name`: addressing everyone by their logged (correct) name; the note never refers to the
//!   mix-up;
//! * `factual_error_about_company`: a one-line clarification from the gaffe's description;
//! * `omitted_key_experience`: the experience, taken from the gaffe's description;
//! * `salary_blank`: a range, with a `[your range]` placeholder;
//! * `technical_blank`: how the candidate would now approach the question (the linked question when there is one),
//!   with a placeholder for the answer;
//! * `no_questions_asked`: interest in hearing more about a topic the candidate wanted to ask about;
//! * `technical_failure`: an offer to go over whatever the technical trouble cut short;
//! * `unclear_on_role`: a one-phrase summary of what the role is for, with a placeholder.
//!
//! The candidate's free text only appears inside a frame that reads correctly whatever it says: an experience is
//! turned into words about the candidate ([`experience_phrase`]), a fact follows a colon, a question is quoted.
//! A gaffe already corrected during the interview needs no written repair (except the name, which the salutation
//! gets right anyway).

use serde::Serialize;
use utoipa::ToSchema;

use super::catalogue::entry;
use super::text::{as_sentence, clip_words, count_words, join_names, lowercase_initial, non_blank};
use super::{GaffeFacts, GaffeKind, InterviewFacts, Noticed};

/// The word budget of a follow-up note (the article: keep the letter brief).
pub const MAX_NOTE_WORDS: usize = 180;

/// How many omitted experiences one note adds at most; more would turn a thank-you into a second application.
const MAX_EXPERIENCES: usize = 2;

/// Successive word limits for a gaffe description quoted in the note, tried until the note fits the budget.
const DESCRIPTION_WORD_LIMITS: [usize; 5] = [25, 18, 12, 8, 5];

crate::wire_enum! {
    /// The register of the drafted note.
    #[derive(Default)]
    pub enum NoteTone {
        /// Full names, "Dear …", "Kind regards". The safe default for finance and accounting firms.
        #[default]
        Formal = "formal",
        /// First names, "Hi …", "Best wishes". For teams that were on first-name terms during the interview.
        Warm = "warm",
    }
}

/// A drafted follow-up note, ready for the candidate to edit and send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "subject": "Thank you for the Senior Financial Analyst interview",
    "body": "Dear Armin Keller,\n\nThank you for taking the time to meet with me about the Senior Financial Analyst position at Northwind Capital. I valued the chance to learn more about the team and its work.\n\nBuilding on our discussion of my background, I should also mention that I led the monthly close for a 40-entity group at Contoso.\n\nOur conversation strengthened my interest in the position, and I would welcome the opportunity to contribute to Northwind Capital. I look forward to hearing about the next steps.\n\nKind regards,\n[Your name]",
    "word_count": 90,
    "repairs": [
        "wrong_interviewer_name",
        "omitted_key_experience"
    ]
}))]
pub struct NoteDraft {
    /// Suggested e-mail subject line.
    pub subject: String,
    /// The note itself, salutation to sign-off. Square-bracketed placeholders (`[Your name]`, `[your range]`) are
    /// for the candidate to fill in.
    pub body: String,
    /// Words in `body` (runs of non-space characters containing a letter or digit); at most about 180.
    pub word_count: usize,
    /// The gaffes this note repairs, in the order it repairs them. A `wrong_interviewer_name` repair consists only
    /// of using the logged names; the note never mentions the slip.
    pub repairs: Vec<GaffeKind>,
}

/// Whether a follow-up note should repair this gaffe: the interviewers surely noticed it ([`Noticed::Certain`]),
/// the catalogue repairs its kind in the note (a correction or an addendum), and (except for a wrong name) it was
/// not already put right during the interview. An omitted key experience is a strength left out, not a mistake to
/// hide: adding it draws attention to nothing they could have missed, so it is added however it was noticed.
pub fn is_repairable_by_note(gaffe: &GaffeFacts) -> bool {
    (gaffe.noticed == Noticed::Certain || gaffe.kind == GaffeKind::OmittedKeyExperience)
        && entry(gaffe.kind).repair.is_note_repair()
        && (gaffe.kind == GaffeKind::WrongInterviewerName || !gaffe.corrected_in_interview)
}

/// Draft a brief thank-you note that repairs only what the interviewers surely noticed.
///
/// Deterministic: the same facts and tone always give the same note. The note is kept within
/// [`MAX_NOTE_WORDS`] by shortening quoted descriptions and questions when needed, and, when even the shortest
/// quotes do not fit, by adding only the first omitted experience instead of two. Only absurdly long company
/// names, role titles or interviewer lists can still push it over, and [`NoteDraft::word_count`] then says so.
pub fn draft_follow_up_note(
    interview: &InterviewFacts,
    gaffes: &[GaffeFacts],
    tone: NoteTone,
) -> NoteDraft {
    let mut repairs = select_repairs(gaffes, MAX_EXPERIENCES);
    let mut body = fit_body(interview, &repairs, tone);
    if count_words(&body) > MAX_NOTE_WORDS {
        let fewer = select_repairs(gaffes, 1);
        if fewer.len() < repairs.len() {
            body = fit_body(interview, &fewer, tone);
            repairs = fewer;
        }
    }
    let word_count = count_words(&body);
    NoteDraft {
        subject: subject(interview, tone),
        body,
        word_count,
        repairs: repairs.iter().map(|g| g.kind).collect(),
    }
}

/// The body with the longest quotes that keep it within [`MAX_NOTE_WORDS`], or with the shortest ones.
fn fit_body(interview: &InterviewFacts, repairs: &[&GaffeFacts], tone: NoteTone) -> String {
    let mut body = String::new();
    for limit in DESCRIPTION_WORD_LIMITS {
        body = compose_body(interview, repairs, tone, limit);
        if count_words(&body) <= MAX_NOTE_WORDS {
            break;
        }
    }
    body
}

/// The gaffes the note repairs, in logged order: every repairable omitted experience up to `max_experiences`, and
/// one of each other repairable kind.
fn select_repairs(gaffes: &[GaffeFacts], max_experiences: usize) -> Vec<&GaffeFacts> {
    let mut chosen: Vec<&GaffeFacts> = Vec::new();
    let mut experiences = 0;
    for gaffe in gaffes.iter().filter(|g| is_repairable_by_note(g)) {
        if gaffe.kind == GaffeKind::OmittedKeyExperience {
            if experiences < max_experiences {
                experiences += 1;
                chosen.push(gaffe);
            }
        } else if !chosen.iter().any(|c| c.kind == gaffe.kind) {
            chosen.push(gaffe);
        }
    }
    chosen
}

fn subject(interview: &InterviewFacts, tone: NoteTone) -> String {
    let role = interview.role_title.trim();
    match tone {
        NoteTone::Formal => format!("Thank you for the {role} interview"),
        NoteTone::Warm => format!("Great to talk about the {role} role"),
    }
}

fn compose_body(
    interview: &InterviewFacts,
    repairs: &[&GaffeFacts],
    tone: NoteTone,
    limit: usize,
) -> String {
    let company = interview.company.trim();
    let role = interview.role_title.trim();
    let mut paragraphs: Vec<String> = vec![salutation(interview, tone)];

    paragraphs.push(match tone {
        NoteTone::Formal => format!(
            "Thank you for taking the time to meet with me about the {role} position at {company}. I valued the \
             chance to learn more about the team and its work."
        ),
        NoteTone::Warm => format!(
            "Thank you so much for taking the time to talk with me about the {role} role at {company}. I really \
             enjoyed our conversation."
        ),
    });

    for gaffe in repairs {
        if let Some(text) = repair_sentence(gaffe, interview, tone, limit) {
            paragraphs.push(text);
        }
    }

    paragraphs.push(match tone {
        NoteTone::Formal => format!(
            "Our conversation strengthened my interest in the position, and I would welcome the opportunity to \
             contribute to {company}. I look forward to hearing about the next steps."
        ),
        NoteTone::Warm => "I came away even more excited about the role, and I would love the chance to join the team. \
                           I look forward to hearing from you."
            .to_string(),
    });

    paragraphs.push(match tone {
        NoteTone::Formal => "Kind regards,\n[Your name]".to_string(),
        NoteTone::Warm => "Best wishes,\n[Your name]".to_string(),
    });
    paragraphs.join("\n\n")
}

/// The salutation, using each interviewer's logged name: full names when formal, first names when warm. This is
/// the whole repair for a `wrong_interviewer_name` gaffe.
fn salutation(interview: &InterviewFacts, tone: NoteTone) -> String {
    let names: Vec<&str> = interview
        .interviewers
        .iter()
        .map(|i| i.name.trim())
        .filter(|n| !n.is_empty())
        .map(|n| match tone {
            NoteTone::Formal => n,
            NoteTone::Warm => n.split_whitespace().next().unwrap_or(n),
        })
        .collect();
    let company = interview.company.trim();
    match (tone, names.is_empty()) {
        (NoteTone::Formal, true) => format!("Dear {company} hiring team,"),
        (NoteTone::Warm, true) => format!("Hi {company} team,"),
        (NoteTone::Formal, false) => format!("Dear {},", join_names(&names)),
        (NoteTone::Warm, false) => format!("Hi {},", join_names(&names)),
    }
}

/// The repair sentence for one repairable gaffe; `None` for the wrong name, whose repair is the salutation alone,
/// and for the kinds the note never repairs. `limit` is the most words of the candidate's text to quote.
fn repair_sentence(
    gaffe: &GaffeFacts,
    interview: &InterviewFacts,
    tone: NoteTone,
    limit: usize,
) -> Option<String> {
    let company = interview.company.trim();
    let sentence = match gaffe.kind {
        GaffeKind::WrongInterviewerName => return None,
        GaffeKind::OmittedKeyExperience => {
            let experience = non_blank(&gaffe.description)
                .map(|d| experience_phrase(&clip_words(d, limit)))
                .filter(|d| !d.is_empty())
                .unwrap_or_else(|| "[the experience you want to add]".to_string());
            match tone {
                NoteTone::Formal => {
                    let that = if experience.starts_with("I ") { "that " } else { "" };
                    as_sentence(&format!(
                        "Building on our discussion of my background, I should also mention {that}{experience}"
                    ))
                }
                NoteTone::Warm => as_sentence(&format!(
                    "One more thing I would like to add about my background: {experience}"
                )),
            }
        }
        GaffeKind::SalaryBlank => match tone {
            NoteTone::Formal => "On compensation: having researched the market for this role, I would be looking for a \
                                 salary in the range of [your range]."
                .to_string(),
            NoteTone::Warm => "On salary: after looking into the market for this role, I am aiming for a range of \
                               [your range]."
                .to_string(),
        },
        GaffeKind::FactualErrorAboutCompany => {
            let fact = non_blank(&gaffe.description)
                .map(|d| as_sentence(&clip_words(d, limit)))
                .unwrap_or_else(|| "[the correct fact].".to_string());
            match tone {
                NoteTone::Formal => format!("One brief clarification about {company}: {fact}"),
                NoteTone::Warm => format!("A quick clarification about {company}: {fact}"),
            }
        }
        GaffeKind::TechnicalBlank => {
            let topic = asked_question(gaffe, interview, limit).map_or_else(
                || "your question on [the topic]".to_string(),
                |question| format!("your question \u{201c}{question}\u{201d}"),
            );
            match tone {
                NoteTone::Formal => {
                    format!("Thinking further about {topic}, I would answer: [your answer, briefly].")
                }
                NoteTone::Warm => {
                    format!("I kept thinking about {topic}; here is my answer: [your answer, briefly].")
                }
            }
        }
        GaffeKind::NoQuestionsAsked => match tone {
            NoteTone::Formal => {
                "I would also welcome hearing more about [the topic you wanted to ask about].".to_string()
            }
            NoteTone::Warm => "I would also love to hear more about [the topic you wanted to ask about].".to_string(),
        },
        GaffeKind::TechnicalFailure => match tone {
            NoteTone::Formal => {
                "I am glad to go over anything our call's technical trouble cut short.".to_string()
            }
            NoteTone::Warm => "Happy to go over anything the glitches on our call cut short.".to_string(),
        },
        GaffeKind::UnclearOnRole => match tone {
            NoteTone::Formal => {
                "On reflection, I see the role as [what the role is for], which fits my background.".to_string()
            }
            NoteTone::Warm => {
                "Thinking it over, I see the role as [what the role is for]: exactly the work I enjoy.".to_string()
            }
        },
        // The catalogue repairs these some other way, or not at all: the note never mentions them.
        GaffeKind::InappropriateAttire
        | GaffeKind::InappropriateQuestion
        | GaffeKind::WeakBehavioralAnswer
        | GaffeKind::Late
        | GaffeKind::MisreadBodyLanguage
        | GaffeKind::Rambling
        | GaffeKind::BadmouthedEmployer => return None,
    };
    Some(sentence)
}

/// The text of the question a gaffe was logged against, clipped to `limit` words and without a closing full stop
/// (it is quoted mid-sentence); `None` when the gaffe names no question or the question is blank.
fn asked_question(gaffe: &GaffeFacts, interview: &InterviewFacts, limit: usize) -> Option<String> {
    let question = interview.questions.get(gaffe.question_index?)?;
    let text = question
        .question
        .trim()
        .trim_end_matches(['.', ',', ';', ':']);
    (!text.trim().is_empty()).then(|| clip_words(text, limit))
}

/// Turns how a candidate logged an omitted experience ("Never mentioned leading the close team") into words the
/// candidate can say about themselves ("my experience leading the close team"): the note must state the
/// experience, never the slip.
pub(crate) fn experience_phrase(description: &str) -> String {
    const SLIP_PREFIXES: [&str; 12] = [
        "i never mentioned ",
        "i forgot to mention ",
        "i didn't mention ",
        "i did not mention ",
        "never mentioned ",
        "forgot to mention ",
        "didn't mention ",
        "did not mention ",
        "failed to mention ",
        "didn't talk about ",
        "did not talk about ",
        "left out ",
    ];
    let text = description
        .trim()
        .trim_end_matches(['.', '!', '?', ';', ','])
        .trim();
    let lower = text.to_lowercase();
    let rest = SLIP_PREFIXES
        .iter()
        .find(|prefix| lower.starts_with(*prefix))
        // The prefixes are ASCII, so their byte length is the same in `text` as in `lower`.
        .map_or(text, |prefix| text[prefix.len()..].trim_start());
    let rest = rest.strip_prefix("that ").unwrap_or(rest);
    let first_word = rest.split_whitespace().next().unwrap_or("");
    if first_word.to_lowercase().ends_with("ing") {
        format!("my experience {}", lowercase_initial(rest))
    } else {
        lowercase_initial(rest)
    }
}

#[cfg(test)]
mod tests;
