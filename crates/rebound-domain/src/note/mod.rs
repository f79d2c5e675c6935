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
//! In every case the opening thanks them and, when something specific was logged, says what the candidate enjoyed:
//! the first logged strength that names a topic ("walking through the three-statement model"), else a substantive
//! question answered strongly ("walking you through a DCF"; never a stock question such as "Why do you want to work
//! here?"), else a technical, case-study or panel round as logged. When nothing specific was logged the opening is
//! the thank-you alone: the note never describes a conversation nobody logged.
//!
//! # Less alike
//!
//! Each tone and occasion has several openings, closings, closing lines and sign-offs (see `variety.rs`); one of
//! each is chosen from a stable hash of the company, role, time and interviewers, so the same interview always
//! gets the same note while two candidates' notes rarely share a sentence.
//!
//! # Which gaffes the note repairs
//!
//! Only while the process is open, and only gaffes logged with [`Noticed::Certain`]: the note should address only
//! mistakes the candidate is *certain* the interviewers picked up on; `Likely` is a guess, so it is left alone. Of
//! those, exactly the kinds whose catalogue repair is a
//! [correction](super::catalogue::RepairStrategy::NoteCorrection) or an
//! [addendum](super::catalogue::RepairStrategy::NoteAddendum) in the note (see [`is_repairable_by_note`]).
//!
//! A brevity budget keeps the clean-up inconspicuous: at most [`MAX_NOTE_REPAIRS`] slips are repaired in writing,
//! the ones with the highest catalogue severity times certainty (a tie goes to the one logged first); several
//! omitted experiences count as one and share one sentence (two at most). The wrong name costs nothing (the
//! salutation is its repair) and is always made. What the note has no room for is listed in the draft, and the
//! plan sends it to the reference tip-off (an experience) or to the preparation for the next round. Each repair is
//! written in its own way:
//!
//! * `wrong_interviewer_name`: addressing everyone by their logged (correct) name; the note never refers to the
//!   mix-up;
//! * `factual_error_about_company`: "When we spoke, I said …; in fact, …", built from the gaffe's structured
//!   [`Correction`](crate::Correction), or with placeholders when only a free-text description was logged (a description such as
//!   "Said they had 20 offices; they have 12" cannot be pasted into a letter to that company);
//! * `omitted_key_experience`: the experience, taken from the gaffe's description (two share one sentence);
//! * `salary_blank`: a range, with a `[your range]` placeholder;
//! * `technical_blank`: how the candidate would now approach the question (the linked question when there is one),
//!   with a placeholder for the answer;
//! * `no_questions_asked`: interest in hearing more about a topic the candidate wanted to ask about;
//! * `technical_failure`: an offer to go over whatever the technical trouble cut short;
//! * `unclear_on_role`: a one-phrase summary of what the role is for, with a placeholder.
//!
//! The candidate's free text only appears inside a frame that reads correctly whatever it says: an experience is
//! turned into words about the candidate (`experience_phrase`), a correction into a sentence in the letter's voice,
//! a question is quoted, and a strength is used only when it names a topic.
//! A gaffe already corrected during the interview needs no written repair (except the name, which the salutation
//! gets right anyway).

use super::catalogue::entry;
use super::text::{clip_words, count_words, join_names, lowercase_initial, nfc, non_blank, quoted};
use super::{
    AnswerQuality, Format, GaffeFacts, GaffeKind, InterviewFacts, Noticed, Outcome, Stage,
};

mod phrasing;
mod variety;

use phrasing::{
    addressee, correction_slots, experiences_sentence, fill_slots, question_phrase,
    repair_in_words, strength_phrase,
};
use variety::{Awaiting, Variety};

/// The word budget of a follow-up note (the article: keep the letter brief, so the clean-up is not conspicuous).
pub const MAX_NOTE_WORDS: usize = 150;

/// How many slips one note repairs at most (the omitted experiences count as one, sharing a sentence); the rest are
/// left to a reference or to the next round, and the plan says so.
pub const MAX_NOTE_REPAIRS: usize = 2;

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
    /// Words in `body` (runs of non-space characters containing a letter or digit); at most [`MAX_NOTE_WORDS`].
    pub word_count: usize,
    /// The gaffes this note repairs, in logged order, each kind once. Besides a `wrong_interviewer_name` (whose
    /// repair consists only of using the logged names; the note never mentions the slip, so it costs nothing) at
    /// most [`MAX_NOTE_REPAIRS`] kinds: the ones that matter most, by catalogue severity times how surely they were
    /// noticed. Several omitted experiences are added together in one sentence and listed once. Only the wrong name
    /// is listed when the outcome is `advanced`, `offer`, `rejected` or `withdrawn`: then the note does no damage
    /// control.
    pub repairs: Vec<GaffeKind>,
    /// The logged indices of the gaffes the note could repair but leaves out to stay brief: the plan sends them
    /// to a reference (an omitted experience) or to the preparation for the next round.
    pub(crate) left_out: Vec<usize>,
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

/// Draft a brief thank-you note that repairs only what the interviewers surely noticed, at most
/// [`MAX_NOTE_REPAIRS`] slips of it, and only while the process is open (see the module documentation for what each
/// outcome changes).
///
/// Deterministic: the same facts and tone always give the same note, down to which of the several openings and
/// closings it uses. The note is kept within [`MAX_NOTE_WORDS`] by shortening quoted descriptions when needed, and,
/// when even the shortest quotes do not fit, by adding one omitted experience instead of two, then by making one
/// repair instead of two. Only absurdly long company names, role titles or interviewer lists can still push it over,
/// and [`NoteDraft::word_count`] then says so.
pub fn draft_follow_up_note(
    interview: &InterviewFacts,
    gaffes: &[GaffeFacts],
    tone: NoteTone,
) -> NoteDraft {
    let occasion = Occasion::of(interview.outcome);
    let variety = Variety::of(interview);
    let budgets = [
        (MAX_NOTE_REPAIRS, MAX_EXPERIENCES),
        (MAX_NOTE_REPAIRS, 1),
        (1, 1),
    ];
    let mut chosen = Choice::of(gaffes, occasion, budgets[0]);
    let mut body = fit_body(interview, &chosen, (tone, occasion, variety));
    for budget in &budgets[1..] {
        if count_words(&body) <= MAX_NOTE_WORDS {
            break;
        }
        chosen = Choice::of(gaffes, occasion, *budget);
        body = fit_body(interview, &chosen, (tone, occasion, variety));
    }
    let word_count = count_words(&body);
    NoteDraft {
        subject: subject(interview, tone, occasion),
        body,
        word_count,
        repairs: chosen.kinds(),
        left_out: chosen.left_out,
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

/// The tone, the occasion and the phrasing of one note, which every part of it needs.
type Voice = (NoteTone, Occasion, Variety);

/// How much a slip matters to the note: the catalogue's severity times how surely it was noticed (3 certain,
/// 2 likely, 1 otherwise: only an omitted experience is repaired without certainty).
fn weight(gaffe: &GaffeFacts) -> u32 {
    let certainty = match gaffe.noticed {
        Noticed::Certain => 3,
        Noticed::Likely => 2,
        Noticed::Unsure | Noticed::Unlikely => 1,
    };
    u32::from(entry(gaffe.kind).base_severity) * certainty
}

/// A logged gaffe with its index in the log.
type Logged<'a> = (usize, &'a GaffeFacts);

/// What one note repairs and what it leaves out.
#[derive(Debug, Default)]
struct Choice<'a> {
    /// The wrong name, if it is repaired: the salutation alone does it, so it costs no sentence and no budget.
    name: Option<Logged<'a>>,
    /// The written repairs, in logged order: one gaffe each, or the omitted experiences together.
    written: Vec<Vec<Logged<'a>>>,
    /// The logged indices of the repairable gaffes the note has no room for, in logged order.
    left_out: Vec<usize>,
}

impl<'a> Choice<'a> {
    /// The repairs a note makes within `(repairs, experiences)`: the repairable gaffes grouped by kind (the first
    /// of each kind, and up to `experiences` omitted experiences together), the `repairs` heaviest groups by
    /// [`weight`] (a tie goes to the one logged first) written out, the rest left out. Once the process is decided
    /// only the wrong name is repaired, and nothing is left out: there is nothing more to repair.
    fn of(gaffes: &'a [GaffeFacts], occasion: Occasion, budget: (usize, usize)) -> Self {
        let (repairs, experiences) = budget;
        let mut choice = Choice::default();
        let mut groups: Vec<Vec<Logged<'a>>> = Vec::new();
        for (index, gaffe) in gaffes.iter().enumerate() {
            if !is_repairable_by_note(gaffe) {
                continue;
            }
            let group = groups.iter_mut().find(|g| g[0].1.kind == gaffe.kind);
            match (gaffe.kind, group) {
                (GaffeKind::WrongInterviewerName, _) => {
                    choice.name = choice.name.or(Some((index, gaffe)));
                }
                _ if occasion != Occasion::Open => {}
                (GaffeKind::OmittedKeyExperience, Some(group)) if group.len() < experiences => {
                    group.push((index, gaffe));
                }
                (GaffeKind::OmittedKeyExperience, Some(_)) => choice.left_out.push(index),
                // A second gaffe of a kind already repaired is repaired by the same sentence.
                (_, Some(_)) => {}
                (_, None) => groups.push(vec![(index, gaffe)]),
            }
        }
        let heaviest = |group: &[Logged]| group.iter().map(|(_, g)| weight(g)).max();
        groups.sort_by_key(|group| (std::cmp::Reverse(heaviest(group)), group[0].0));
        for (rank, group) in groups.into_iter().enumerate() {
            if rank < repairs {
                choice.written.push(group);
            } else {
                choice
                    .left_out
                    .extend(group.iter().map(|(index, _)| *index));
            }
        }
        choice.written.sort_by_key(|group| group[0].0);
        choice.left_out.sort_unstable();
        choice
    }

    /// The kinds repaired, in logged order.
    fn kinds(&self) -> Vec<GaffeKind> {
        let mut firsts: Vec<Logged> = self.written.iter().map(|group| group[0]).collect();
        firsts.extend(self.name);
        firsts.sort_by_key(|(index, _)| *index);
        firsts.into_iter().map(|(_, gaffe)| gaffe.kind).collect()
    }
}

/// The body with the longest quotes that keep it within [`MAX_NOTE_WORDS`], or with the shortest ones.
fn fit_body(interview: &InterviewFacts, chosen: &Choice, voice: Voice) -> String {
    let mut body = String::new();
    for limit in DESCRIPTION_WORD_LIMITS {
        body = compose_body(interview, chosen, voice, limit);
        if count_words(&body) <= MAX_NOTE_WORDS {
            break;
        }
    }
    body
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

fn compose_body(interview: &InterviewFacts, chosen: &Choice, voice: Voice, limit: usize) -> String {
    let (tone, _, variety) = voice;
    let mut paragraphs: Vec<String> = vec![salutation(interview, tone)];
    let opening = opening(interview, voice);
    let sign_off = variety.sign_off(tone, &opening);
    paragraphs.push(opening);
    for group in &chosen.written {
        let gaffes: Vec<&GaffeFacts> = group.iter().map(|(_, g)| *g).collect();
        if let Some(text) = repair_sentence(&gaffes, interview, tone, limit) {
            paragraphs.push(text);
        }
    }
    paragraphs.push(closing(interview, voice));
    paragraphs.push(format!("{sign_off}\n[Your name]"));
    nfc(&paragraphs.join("\n\n"))
}

/// The opening paragraph: thanks for the occasion, then, when something specific was logged, what the candidate
/// enjoyed about the interview.
fn opening(interview: &InterviewFacts, (tone, occasion, variety): Voice) -> String {
    let (meet, meeting) = match interview.format {
        Format::Onsite => ("meet", "meeting"),
        Format::Phone | Format::Video => ("speak", "speaking"),
    };
    let slots = [
        ("meet", meet.to_string()),
        ("meeting", meeting.to_string()),
        ("role", interview.role_title.trim().to_string()),
        ("company", interview.company.trim().to_string()),
    ];
    let thanks = fill_slots(variety.opening(tone, occasion), &slots, &[]);
    match highlight(interview) {
        Some(phrase) => {
            let enjoyed = fill_slots(variety.highlight(tone), &[("phrase", phrase)], &[]);
            format!("{thanks} {enjoyed}")
        }
        None => thanks,
    }
}

/// What the candidate enjoyed, from the most specific thing logged: a strength that names a topic, else a
/// substantive question answered strongly (never a stock one, never one answered less well: that would point at
/// it), else a technical, case-study or panel round as logged. `None` when nothing specific was logged: the note
/// then says less rather than invent a conversation.
fn highlight(interview: &InterviewFacts) -> Option<String> {
    if let Some(phrase) = interview.strengths.iter().find_map(|s| strength_phrase(s)) {
        return Some(phrase);
    }
    let strong = interview
        .questions
        .iter()
        .filter(|q| q.quality == AnswerQuality::Strong)
        .find_map(|q| question_phrase(&q.question));
    if strong.is_some() {
        return strong;
    }
    match interview.stage {
        Stage::Technical => Some("working through the technical questions with you".to_string()),
        Stage::CaseStudy => Some("working through the case study with you".to_string()),
        Stage::Panel => Some("meeting the panel".to_string()),
        Stage::Final | Stage::Screening | Stage::Behavioral | Stage::Other => None,
    }
}

/// The closing paragraph: interest and what comes next, or, once the process is decided, the relationship.
fn closing(interview: &InterviewFacts, (tone, occasion, variety): Voice) -> String {
    let slots = [
        ("role", interview.role_title.trim().to_string()),
        ("company", interview.company.trim().to_string()),
    ];
    let interest = fill_slots(variety.closing(tone, occasion), &slots, &[]);
    if occasion != Occasion::Open {
        return interest;
    }
    let awaiting = match (interview.outcome, interview.stage) {
        (Outcome::NoResponse, _) => Awaiting::News,
        (_, Stage::Final) => Awaiting::Decision,
        _ => Awaiting::NextSteps,
    };
    format!("{interest} {}", variety.next(tone, awaiting))
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

/// The repair sentence for one written repair (one gaffe, or the omitted experiences together), in the
/// catalogue's words for its kind (formal or warm) with the slots filled from what was logged; `None` for the kinds
/// the note writes no sentence for (the wrong name, whose repair is the salutation alone, and the kinds the note
/// never repairs). `limit` is the most words of the candidate's text to quote.
fn repair_sentence(
    gaffes: &[&GaffeFacts],
    interview: &InterviewFacts,
    tone: NoteTone,
    limit: usize,
) -> Option<String> {
    let gaffe = gaffes.first()?;
    let wording = entry(gaffe.kind).note_repair?;
    let logged = match gaffe.kind {
        GaffeKind::OmittedKeyExperience => {
            let experiences: Vec<String> = gaffes
                .iter()
                .map(|g| {
                    non_blank(&g.description)
                        .map(|d| experience_phrase(&clip_words(d, limit)))
                        .filter(|d| !d.is_empty())
                        .unwrap_or_else(|| "[the experience you want to add]".to_string())
                })
                .collect();
            return experiences_sentence(&experiences, tone == NoteTone::Formal);
        }
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

#[cfg(test)]
mod variety_tests;
