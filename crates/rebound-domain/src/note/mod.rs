//! Drafting the follow-up (thank-you) note.
//!
//! Step 4 of the article: follow up with the interviewer(s). A short, well-made thank-you note is a courtesy and a
//! chance to set the record straight: it thanks the interviewers by their correct names, restates interest in the
//! role, and quietly repairs the slips a note *can* repair. It stays brief so the repair is not conspicuous, never
//! makes excuses, never apologises at length, and never mentions a slip the interviewers may have missed.
//!
//! # What the note says, by outcome
//!
//! * `pending` and `no_response`: the process is open, so the note thanks them, repairs what they surely noticed and
//!   says the candidate looks forward to the next steps (or, in a final round, to their decision).
//! * `advanced` and `offer`: nothing to repair (they moved on regardless): a plain thank-you and a line about the next
//!   stage.
//! * `rejected` and `withdrawn`: the decision is made, so no repairs, no salary range and no "next steps": a gracious
//!   thank-you that keeps the relationship (article step 3: the same people may think of the candidate for another
//!   role later) and, after a rejection, a request for feedback.
//!
//! In every case the opening names what the interview was about: the first logged strength that names a topic
//! ("walking through the three-statement model"), else a question that went well, else the kind of round. Two
//! interviews therefore never get the same opening.
//!
//! # Which gaffes the note repairs
//!
//! Only while the process is open, and only gaffes logged with [`Noticed::Certain`]: the note should address only mistakes the candidate is *certain*
//! the interviewers picked up on; `Likely` is a guess, so it is left alone. Of those, exactly the kinds whose
//! catalogue repair is a [correction](super::catalogue::RepairStrategy::NoteCorrection) or an
//! [addendum](super::catalogue::RepairStrategy::NoteAddendum) in the note (see [`is_repairable_by_note`]), each in
//! its own way:
//!
//! * `wrong_interviewer_name`: addressing everyone by their logged (correct) name; the note never refers to the
//!   mix-up;
//! * `factual_error_about_company`: "When we spoke, I said …; in fact, …", built from the gaffe's structured
//!   [`Correction`], or with placeholders when only a free-text description was logged (a description such as
//!   "Said they had 20 offices; they have 12" cannot be pasted into a letter to that company);
//! * `omitted_key_experience`: the experience, taken from the gaffe's description;
//! * `salary_blank`: a range, with a `[your range]` placeholder;
//! * `technical_blank`: how the candidate would now approach the question (the linked question when there is one),
//!   with a placeholder for the answer;
//! * `no_questions_asked`: interest in hearing more about a topic the candidate wanted to ask about;
//! * `technical_failure`: an offer to go over whatever the technical trouble cut short;
//! * `unclear_on_role`: a one-phrase summary of what the role is for, with a placeholder.
//!
//! The candidate's free text only appears inside a frame that reads correctly whatever it says: an experience is
//! turned into words about the candidate ([`experience_phrase`]), a correction into a sentence in the letter's voice,
//! a question is quoted, and a strength is used only when it names a topic.
//! A gaffe already corrected during the interview needs no written repair (except the name, which the salutation
//! gets right anyway).

use super::catalogue::entry;
use super::text::{clip_words, count_words, join_names, lowercase_initial, nfc, non_blank, quoted};
use super::{
    AnswerQuality, Format, GaffeFacts, GaffeKind, InterviewFacts, Noticed, Outcome, Stage,
};

mod phrasing;

use phrasing::{addressee, correction_slots, repair_in_words, strength_phrase};

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
        /// "Dear …" with an honorific and surname when one is logged ("Dear Dr Vogel"), else the first name; "Kind
        /// regards". The safe default for finance and accounting firms.
        #[default]
        Formal = "formal",
        /// First names, "Hi …", "Best wishes". For teams that were on first-name terms during the interview.
        Warm = "warm",
    }
}

/// A drafted follow-up note, ready for the candidate to edit and send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteDraft {
    /// Suggested e-mail subject line.
    pub subject: String,
    /// The note itself, salutation to sign-off. Square-bracketed placeholders (`[Your name]`, `[your range]`) are
    /// for the candidate to fill in.
    pub body: String,
    /// Words in `body` (runs of non-space characters containing a letter or digit); at most about 180.
    pub word_count: usize,
    /// The gaffes this note repairs, in the order it repairs them. A `wrong_interviewer_name` repair consists only
    /// of using the logged names; the note never mentions the slip. Only that one is listed when the outcome is
    /// `advanced`, `offer`, `rejected` or `withdrawn`: then the note does no damage control.
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

/// Draft a brief thank-you note that repairs only what the interviewers surely noticed, and only while the process
/// is open (see the module documentation for what each outcome changes).
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
    let occasion = Occasion::of(interview.outcome);
    let mut repairs = select_repairs(gaffes, MAX_EXPERIENCES, occasion);
    let mut body = fit_body(interview, &repairs, tone, occasion);
    if count_words(&body) > MAX_NOTE_WORDS {
        let fewer = select_repairs(gaffes, 1, occasion);
        if fewer.len() < repairs.len() {
            body = fit_body(interview, &fewer, tone, occasion);
            repairs = fewer;
        }
    }
    let word_count = count_words(&body);
    NoteDraft {
        subject: subject(interview, tone, occasion),
        body,
        word_count,
        repairs: repairs.iter().map(|g| g.kind).collect(),
    }
}

/// Where the application stands, as far as the note is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Occasion {
    /// `pending` or `no_response`: still open; the note may repair.
    Open,
    /// `advanced`: they moved the candidate on.
    Advanced,
    /// `offer`.
    Offer,
    /// `rejected`.
    Rejected,
    /// `withdrawn`: the candidate stepped back.
    Withdrawn,
}

impl Occasion {
    fn of(outcome: Outcome) -> Self {
        match outcome {
            Outcome::Pending | Outcome::NoResponse => Occasion::Open,
            Outcome::Advanced => Occasion::Advanced,
            Outcome::Offer => Occasion::Offer,
            Outcome::Rejected => Occasion::Rejected,
            Outcome::Withdrawn => Occasion::Withdrawn,
        }
    }
}

/// The body with the longest quotes that keep it within [`MAX_NOTE_WORDS`], or with the shortest ones.
fn fit_body(
    interview: &InterviewFacts,
    repairs: &[&GaffeFacts],
    tone: NoteTone,
    occasion: Occasion,
) -> String {
    let mut body = String::new();
    for limit in DESCRIPTION_WORD_LIMITS {
        body = compose_body(interview, repairs, tone, occasion, limit);
        if count_words(&body) <= MAX_NOTE_WORDS {
            break;
        }
    }
    body
}

/// The gaffes the note repairs, in logged order: every repairable omitted experience up to `max_experiences`, and
/// one of each other repairable kind. Once the process is decided (anything but [`Occasion::Open`]) only the wrong
/// name, whose repair is the salutation alone.
fn select_repairs(
    gaffes: &[GaffeFacts],
    max_experiences: usize,
    occasion: Occasion,
) -> Vec<&GaffeFacts> {
    let mut chosen: Vec<&GaffeFacts> = Vec::new();
    let mut experiences = 0;
    for gaffe in gaffes.iter().filter(|g| is_repairable_by_note(g)) {
        if occasion != Occasion::Open && gaffe.kind != GaffeKind::WrongInterviewerName {
            continue;
        }
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

fn subject(interview: &InterviewFacts, tone: NoteTone, occasion: Occasion) -> String {
    let role = nfc(interview.role_title.trim());
    match (tone, occasion) {
        (NoteTone::Formal, Occasion::Offer) => format!("Thank you for the {role} offer"),
        (NoteTone::Warm, Occasion::Offer) => format!("Thank you for the {role} offer!"),
        (NoteTone::Formal, Occasion::Rejected | Occasion::Withdrawn) => {
            format!("Thank you for considering me for the {role} role")
        }
        (NoteTone::Warm, Occasion::Rejected | Occasion::Withdrawn) => {
            format!("Thanks for your time on the {role} role")
        }
        (NoteTone::Formal, _) => format!("Thank you for the {role} interview"),
        (NoteTone::Warm, _) => format!("Great to talk about the {role} role"),
    }
}

fn compose_body(
    interview: &InterviewFacts,
    repairs: &[&GaffeFacts],
    tone: NoteTone,
    occasion: Occasion,
    limit: usize,
) -> String {
    let mut paragraphs: Vec<String> = vec![salutation(interview, tone)];
    paragraphs.push(opening(interview, tone, occasion, limit));
    for gaffe in repairs {
        if let Some(text) = repair_sentence(gaffe, interview, tone, limit) {
            paragraphs.push(text);
        }
    }
    paragraphs.push(closing(interview, tone, occasion));
    paragraphs.push(match tone {
        NoteTone::Formal => "Kind regards,\n[Your name]".to_string(),
        NoteTone::Warm => "Best wishes,\n[Your name]".to_string(),
    });
    nfc(&paragraphs.join("\n\n"))
}

/// The opening paragraph: thanks for the occasion, then what the interview was about.
fn opening(interview: &InterviewFacts, tone: NoteTone, occasion: Occasion, limit: usize) -> String {
    let company = interview.company.trim();
    let role = interview.role_title.trim();
    let meet = match interview.format {
        Format::Onsite => "meet",
        Format::Phone | Format::Video => "speak",
    };
    let thanks = match (tone, occasion) {
        (NoteTone::Formal, Occasion::Open | Occasion::Advanced) => format!(
            "Thank you for taking the time to {meet} with me about the {role} position at {company}."
        ),
        (NoteTone::Warm, Occasion::Open | Occasion::Advanced) => format!(
            "Thank you so much for taking the time to talk with me about the {role} role at {company}."
        ),
        (NoteTone::Formal, Occasion::Offer) => format!(
            "Thank you for your offer of the {role} position at {company}, and for the time you gave me during \
             the interviews."
        ),
        (NoteTone::Warm, Occasion::Offer) => format!(
            "Thank you so much for the offer of the {role} role at {company}, and for all the time you gave me."
        ),
        (NoteTone::Formal, Occasion::Rejected) => format!(
            "Thank you for letting me know your decision on the {role} position at {company}, and for the time \
             you gave me."
        ),
        (NoteTone::Warm, Occasion::Rejected) => format!(
            "Thank you for letting me know about the {role} role at {company}, and for the time you gave me."
        ),
        (NoteTone::Formal, Occasion::Withdrawn) => format!(
            "Thank you again for your time and for considering me for the {role} position at {company}."
        ),
        (NoteTone::Warm, Occasion::Withdrawn) => format!(
            "Thank you again for your time and for considering me for the {role} role at {company}."
        ),
    };
    format!("{thanks} {}", highlight(interview, tone, limit))
}

/// One sentence on what this interview was about, from the most specific thing logged: a strength that names a
/// topic, else a question answered well (never one answered weakly: that would point at it), else the round.
fn highlight(interview: &InterviewFacts, tone: NoteTone, limit: usize) -> String {
    let enjoyed = match tone {
        NoteTone::Formal => "I especially enjoyed",
        NoteTone::Warm => "I really enjoyed",
    };
    if let Some(phrase) = interview.strengths.iter().find_map(|s| strength_phrase(s)) {
        return format!("{enjoyed} {phrase}.");
    }
    let answered_well = [AnswerQuality::Strong, AnswerQuality::Adequate]
        .iter()
        .find_map(|quality| interview.questions.iter().find(|q| q.quality == *quality))
        .map(|q| clip_words(&q.question, limit))
        .filter(|q| !q.trim_end_matches(['.', '?', '!', '…']).trim().is_empty());
    if let Some(question) = answered_well {
        // The quote comes first, so its own question mark never meets the sentence's full stop.
        return match tone {
            NoteTone::Formal => format!(
                "Your question {} was one I particularly enjoyed working through.",
                quoted(&question)
            ),
            NoteTone::Warm => format!(
                "Your question {} was a great one to dig into.",
                quoted(&question)
            ),
        };
    }
    match interview.stage {
        Stage::Technical => format!("{enjoyed} working through the technical questions with you."),
        Stage::CaseStudy => format!("{enjoyed} working through the case with you."),
        Stage::Panel => {
            format!("{enjoyed} meeting the panel and hearing how the team works together.")
        }
        Stage::Final => {
            format!("{enjoyed} hearing where the team is heading over the next few years.")
        }
        Stage::Screening => {
            format!("{enjoyed} our first conversation about the role and the team.")
        }
        Stage::Behavioral | Stage::Other => match tone {
            NoteTone::Formal => {
                "I valued the chance to learn more about the team and its work.".to_string()
            }
            NoteTone::Warm => "I really enjoyed our conversation.".to_string(),
        },
    }
}

/// The closing paragraph: interest and what comes next, or, once the process is decided, the relationship.
fn closing(interview: &InterviewFacts, tone: NoteTone, occasion: Occasion) -> String {
    let company = interview.company.trim();
    let role = interview.role_title.trim();
    let next = match (interview.outcome, interview.stage) {
        (Outcome::NoResponse, _) => {
            "I would be glad to hear where the process stands whenever convenient."
        }
        (_, Stage::Final) => "I look forward to hearing your decision.",
        _ => "I look forward to hearing about the next steps.",
    };
    match (tone, occasion) {
        (NoteTone::Formal, Occasion::Open) => format!(
            "Our conversation strengthened my interest in the position, and I would welcome the opportunity to \
             contribute to {company}. {next}"
        ),
        (NoteTone::Warm, Occasion::Open) => format!(
            "I came away even more excited about the role, and I would love the chance to join the team. {}",
            match interview.outcome {
                Outcome::NoResponse => "Do let me know where things stand when you have a moment.",
                _ => "I look forward to hearing from you.",
            }
        ),
        (NoteTone::Formal, Occasion::Advanced) => format!(
            "I am glad to be moving on to the next stage and am already preparing for it. I look forward to \
             continuing our conversation about the {role} position."
        ),
        (NoteTone::Warm, Occasion::Advanced) => "I am delighted to be going through to the next stage and am \
                                                 already preparing for it. I look forward to the next conversation."
            .to_string(),
        (NoteTone::Formal, Occasion::Offer) => format!(
            "I am excited about the prospect of joining {company}, and I look forward to the next stage and to \
             working through the details with you."
        ),
        (NoteTone::Warm, Occasion::Offer) => format!(
            "I am really excited about joining {company}, and I look forward to working through the next steps \
             together."
        ),
        (NoteTone::Formal, Occasion::Rejected) => format!(
            "While I am disappointed, I have a high regard for {company} and would welcome being considered should \
             another role open up. If you have a moment, I would value any feedback on how I could strengthen my \
             application."
        ),
        (NoteTone::Warm, Occasion::Rejected) => format!(
            "Of course I am disappointed, but I would love to be considered if another role opens up at {company}. \
             If you have a moment, any feedback would be very welcome."
        ),
        (NoteTone::Formal, Occasion::Withdrawn) => format!(
            "Although I have decided to step back from the process, I came away with a high regard for {company}, \
             and I would welcome the chance to stay in touch."
        ),
        (NoteTone::Warm, Occasion::Withdrawn) => format!(
            "Although I have decided to step back from the process, I really enjoyed getting to know the team at \
             {company}, and I would love to stay in touch."
        ),
    }
}

/// The salutation, using each interviewer's logged name (see [`addressee`]): "Dear Dr Vogel" when a formal note knows
/// an honorific, first names otherwise. This is the whole repair for a `wrong_interviewer_name` gaffe.
fn salutation(interview: &InterviewFacts, tone: NoteTone) -> String {
    let formal = tone == NoteTone::Formal;
    let names: Vec<String> = interview
        .interviewers
        .iter()
        .filter_map(|i| addressee(i, formal))
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let company = interview.company.trim();
    match (tone, names.is_empty()) {
        (NoteTone::Formal, true) => format!("Dear {company} hiring team,"),
        (NoteTone::Warm, true) => format!("Hi {company} team,"),
        (NoteTone::Formal, false) => format!("Dear {},", join_names(&names)),
        (NoteTone::Warm, false) => format!("Hi {},", join_names(&names)),
    }
}

/// The repair sentence for one repairable gaffe, in the catalogue's words for its kind (formal or warm) with the
/// slots filled from what was logged; `None` for the kinds the note writes no sentence for (the wrong name, whose
/// repair is the salutation alone, and the kinds the note never repairs). `limit` is the most words of the
/// candidate's text to quote.
fn repair_sentence(
    gaffe: &GaffeFacts,
    interview: &InterviewFacts,
    tone: NoteTone,
    limit: usize,
) -> Option<String> {
    let wording = entry(gaffe.kind).note_repair?;
    let logged = match gaffe.kind {
        GaffeKind::OmittedKeyExperience => experience_slots(gaffe, limit),
        GaffeKind::TechnicalBlank => asked_question(gaffe, interview, limit)
            .map(|question| vec![("question", quoted(&question))])
            .unwrap_or_default(),
        // Only a structured correction is written out; a free-text description ("Said they had 20 offices; they
        // have 12") would read wrongly in a letter to that company, so it gets placeholders instead.
        GaffeKind::FactualErrorAboutCompany => gaffe
            .correction
            .as_ref()
            .map(correction_slots)
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    Some(repair_in_words(&wording, tone == NoteTone::Formal, &logged))
}

/// The slots of an omitted experience's repair: the experience as words the candidate says about themselves, and
/// the "that " the formal sentence needs before one written as a clause ("mention that I led …"). Empty (so the
/// placeholders stand) when no usable experience was logged.
fn experience_slots(gaffe: &GaffeFacts, limit: usize) -> Vec<(&'static str, String)> {
    let Some(experience) = non_blank(&gaffe.description)
        .map(|d| experience_phrase(&clip_words(d, limit)))
        .filter(|d| !d.is_empty())
    else {
        return Vec::new();
    };
    let that = if experience.starts_with("I ") {
        "that "
    } else {
        ""
    };
    vec![("that", that.to_string()), ("experience", experience)]
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

#[cfg(test)]
mod prose_tests;
