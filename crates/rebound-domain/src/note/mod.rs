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
//! # In Canadian French
//!
//! [`draft_follow_up_note_in`] writes the same note, with the same choices, in another [`Locale`]: every sentence is
//! a message of `notes.ftl` (each variant a whole sentence of its own), so the French note is written, not
//! translated. It greets « Madame Tremblay, » only when a courtesy title was logged (never guessed from a first
//! name), else « Bonjour Armin Tremblay, » (formal) or « Bonjour Armin, » (warm); it reads the candidate's French
//! (`french.rs`); and it avoids every first-person agreement (« ravi », « déçu ») that would guess the candidate's
//! gender. Its word budget is [`MAX_NOTE_WORDS_FR_CA`].
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

use rebound_i18n::Locale;

use super::catalogue::entry;
use super::text::{
    as_sentence, clip_words, count_words, fragment, nfc, non_blank, tidy_punctuation,
};
use super::{
    AnswerQuality, Format, GaffeFacts, GaffeKind, InterviewFacts, Noticed, Outcome, Stage,
};

mod frame;
mod french;
mod phrasing;
mod reference;
mod variety;
mod words;

pub(crate) use reference::{reference_message, ReferencePoint};

use frame::Frame;
pub(crate) use phrasing::experience_phrase;
use phrasing::{addressee, correction_slots, question_phrase, strength_phrase};
use variety::{tone_key, Awaiting, Variety};
use words::{join_list, say, text, Arg};

/// The word budget of an English follow-up note (the article: keep the letter brief, so the clean-up is not
/// conspicuous).
pub const MAX_NOTE_WORDS: usize = 150;

/// The word budget of a Canadian French note. French says the same thing in about 15 % more words (articles,
/// « de », « que », « pour ce qui est de »), so the same letter, as brief for its reader, needs a larger budget:
/// 150 words plus 15 %, rounded up to 175. The budget is per locale because it measures how long the letter takes to
/// read, not how many words it spends; holding French to 150 would cut its repairs before the English ones.
pub const MAX_NOTE_WORDS_FR_CA: usize = 175;

/// The word budget of a note in `locale`: [`MAX_NOTE_WORDS`] in English, [`MAX_NOTE_WORDS_FR_CA`] in French.
pub const fn max_note_words(locale: Locale) -> usize {
    match locale {
        Locale::En => MAX_NOTE_WORDS,
        Locale::FrCa => MAX_NOTE_WORDS_FR_CA,
    }
}

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
/// outcome changes). In English: [`draft_follow_up_note_in`] drafts it in another language.
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
    draft_follow_up_note_in(interview, gaffes, tone, Locale::En)
}

/// [`draft_follow_up_note`] in `locale`: the same choices (which slips it repairs, which it leaves out), written as a
/// native writer of that language writes such a letter, within that language's budget ([`max_note_words`]). In
/// Canadian French: vouvoiement, « Bonjour Armin Tremblay, » or « Madame Tremblay, » (a courtesy title only when one
/// was logged; never guessed from a first name), « Cordialement, », OQLF typography, names exactly as logged.
pub fn draft_follow_up_note_in(
    interview: &InterviewFacts,
    gaffes: &[GaffeFacts],
    tone: NoteTone,
    locale: Locale,
) -> NoteDraft {
    let occasion = Occasion::of(interview.outcome);
    let voice = Voice {
        tone,
        occasion,
        variety: Variety::of(interview),
        locale,
    };
    let budget = max_note_words(locale);
    let budgets = [
        (MAX_NOTE_REPAIRS, MAX_EXPERIENCES),
        (MAX_NOTE_REPAIRS, 1),
        (1, 1),
    ];
    let frame = Frame::of(interview, voice);
    let mut chosen = Choice::of(gaffes, occasion, budgets[0]);
    let (mut body, mut word_count) = fit_body(interview, &chosen, voice, &frame);
    for repairs in &budgets[1..] {
        if word_count <= budget {
            break;
        }
        chosen = Choice::of(gaffes, occasion, *repairs);
        (body, word_count) = fit_body(interview, &chosen, voice, &frame);
    }
    NoteDraft {
        subject: subject(interview, voice),
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

/// The tone, the occasion, the phrasing and the language of one note, which every part of it needs.
#[derive(Debug, Clone, Copy)]
struct Voice {
    tone: NoteTone,
    occasion: Occasion,
    variety: Variety,
    locale: Locale,
}

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

/// The body with the longest quotes that keep it within the budget, or with the shortest ones, and its word count.
/// Only the repair sentences depend on the quotes' length, so a limit that leaves them as they were is skipped: it
/// would give the same body, still over the budget.
fn fit_body(
    interview: &InterviewFacts,
    chosen: &Choice,
    voice: Voice,
    frame: &Frame,
) -> (String, usize) {
    let mut fitted = (String::new(), 0);
    let mut tried: Option<Vec<String>> = None;
    for limit in DESCRIPTION_WORD_LIMITS {
        let repairs = repair_sentences(interview, chosen, voice, limit);
        if tried.as_ref() == Some(&repairs) {
            continue;
        }
        let body = frame.body(&repairs);
        let words = count_words(&body);
        fitted = (body, words);
        if words <= max_note_words(voice.locale) {
            break;
        }
        tried = Some(repairs);
    }
    fitted
}

/// The repair sentences of a note, in order, quoting at most `limit` words of the candidate's text.
fn repair_sentences(
    interview: &InterviewFacts,
    chosen: &Choice,
    voice: Voice,
    limit: usize,
) -> Vec<String> {
    chosen
        .written
        .iter()
        .filter_map(|group| {
            let gaffes: Vec<&GaffeFacts> = group.iter().map(|(_, g)| *g).collect();
            repair_sentence(&gaffes, interview, voice, limit)
        })
        .collect()
}

/// The subject line: thanks for the interview, the offer, or the consideration, naming the role.
fn subject(interview: &InterviewFacts, voice: Voice) -> String {
    let occasion = match voice.occasion {
        Occasion::Offer => "offer",
        Occasion::Rejected | Occasion::Withdrawn => "closed",
        Occasion::Open | Occasion::Advanced => "other",
    };
    say(
        voice.locale,
        "note-subject",
        &[
            ("tone", text(tone_key(voice.tone))),
            ("occasion", text(occasion)),
            ("role", text(nfc(interview.role_title.trim()))),
        ],
    )
}

/// The company and role as the messages take them.
fn company_and_role(interview: &InterviewFacts) -> [(&'static str, Arg<'_>); 2] {
    [
        ("role", text(interview.role_title.trim())),
        ("company", text(interview.company.trim())),
    ]
}

/// The opening paragraph: thanks for the occasion, then, when something specific was logged, what the candidate
/// enjoyed about the interview.
fn opening(interview: &InterviewFacts, voice: Voice) -> String {
    let Voice {
        tone,
        occasion,
        variety,
        locale,
    } = voice;
    let format = match interview.format {
        Format::Onsite => "onsite",
        Format::Phone | Format::Video => "remote",
    };
    let mut args = vec![("format", text(format))];
    args.extend(company_and_role(interview));
    let thanks = say(locale, &variety.opening(locale, tone, occasion), &args);
    match highlight(interview, locale) {
        Some(phrase) => {
            let enjoyed = say(
                locale,
                &variety.highlight(locale, tone),
                &[("phrase", text(phrase))],
            );
            format!("{thanks} {enjoyed}")
        }
        None => thanks,
    }
}

/// What the candidate enjoyed, from the most specific thing logged: a strength that names a topic, else a
/// substantive question answered strongly (never a stock one, never one answered less well: that would point at
/// it), else a technical, case-study or panel round as logged. `None` when nothing specific was logged: the note
/// then says less rather than invent a conversation. An English note reads them as English (`phrasing.rs`), a French
/// note as French (`french.rs`): text in the other language gives no phrase, so the note names the round or nothing.
fn highlight(interview: &InterviewFacts, locale: Locale) -> Option<String> {
    type Reader = fn(&str) -> Option<String>;
    let (strength, question): (Reader, Reader) = match locale {
        Locale::En => (strength_phrase, question_phrase),
        Locale::FrCa => (french::strength_phrase, french::question_phrase),
    };
    if let Some(phrase) = interview.strengths.iter().find_map(|s| strength(s)) {
        return Some(phrase);
    }
    let strong = interview
        .questions
        .iter()
        .filter(|q| q.quality == AnswerQuality::Strong)
        .find_map(|q| question(&q.question));
    if strong.is_some() {
        return strong;
    }
    let round = match interview.stage {
        Stage::Technical => "note-highlight-round-technical",
        Stage::CaseStudy => "note-highlight-round-case-study",
        Stage::Panel => "note-highlight-round-panel",
        Stage::Final | Stage::Screening | Stage::Behavioral | Stage::Other => return None,
    };
    Some(say(locale, round, &[]))
}

/// The closing paragraph: interest and what comes next, or, once the process is decided, the relationship.
fn closing(interview: &InterviewFacts, voice: Voice) -> String {
    let Voice {
        tone,
        occasion,
        variety,
        locale,
    } = voice;
    let interest = say(
        locale,
        &variety.closing(locale, tone, occasion),
        &company_and_role(interview),
    );
    if occasion != Occasion::Open {
        return interest;
    }
    let awaiting = match (interview.outcome, interview.stage) {
        (Outcome::NoResponse, _) => Awaiting::News,
        (_, Stage::Final) => Awaiting::Decision,
        _ => Awaiting::NextSteps,
    };
    let next = say(locale, &variety.next(locale, tone, awaiting), &[]);
    format!("{interest} {next}")
}

/// The salutation, using each interviewer's logged name: in English (see [`addressee`]) "Dear Dr Vogel" when a
/// formal note knows an honorific, first names otherwise; in French (see [`french::addressee`]) « Madame Tremblay, »
/// when every interviewer's courtesy title is logged, else « Bonjour Armin Tremblay, » (formal) or « Bonjour Armin, »
/// (warm). This is the whole repair for a `wrong_interviewer_name` gaffe.
fn salutation(interview: &InterviewFacts, voice: Voice) -> String {
    let formal = voice.tone == NoteTone::Formal;
    let names: Vec<(String, bool)> = interview
        .interviewers
        .iter()
        .filter_map(|i| match voice.locale {
            Locale::En => addressee(i, formal).map(|name| (name, false)),
            Locale::FrCa => french::addressee(i, formal),
        })
        .collect();
    if names.is_empty() {
        return say(
            voice.locale,
            "note-salutation-team",
            &[
                ("tone", text(tone_key(voice.tone))),
                ("company", text(interview.company.trim())),
            ],
        );
    }
    let titled = names.iter().all(|(_, titled)| *titled);
    let names: Vec<&str> = names.iter().map(|(name, _)| name.as_str()).collect();
    let id = match (voice.tone, titled && voice.locale != Locale::En) {
        (NoteTone::Formal, true) => "note-salutation-formal-titled",
        (NoteTone::Formal, false) => "note-salutation-formal",
        (NoteTone::Warm, _) => "note-salutation-warm",
    };
    say(
        voice.locale,
        id,
        &[("names", text(join_list(voice.locale, &names)))],
    )
}

/// The repair sentence for one written repair (one gaffe, or the omitted experiences together), in the note's words
/// for its kind (formal or warm) with the variables filled from what was logged; `None` for the kinds the note
/// writes no sentence for (the wrong name, whose repair is the salutation alone, and the kinds the note never
/// repairs). `limit` is the most words of the candidate's text to quote.
fn repair_sentence(
    gaffes: &[&GaffeFacts],
    interview: &InterviewFacts,
    voice: Voice,
    limit: usize,
) -> Option<String> {
    let gaffe = gaffes.first()?;
    // The catalogue says which kinds the note repairs in a sentence.
    entry(gaffe.kind).note_repair?;
    let locale = voice.locale;
    let (kind, args) = match gaffe.kind {
        GaffeKind::OmittedKeyExperience => {
            return experiences_sentence(gaffes, voice, limit);
        }
        GaffeKind::TechnicalBlank => {
            let question = asked_question(gaffe, interview, limit);
            let args = vec![
                ("asked", text(if question.is_some() { "yes" } else { "no" })),
                ("question", text(question.unwrap_or_default())),
            ];
            ("technical-blank", args)
        }
        // Only a structured correction is written out; a free-text description ("Said they had 20 offices; they
        // have 12") would read wrongly in a letter to that company, so it gets placeholders instead.
        GaffeKind::FactualErrorAboutCompany => {
            let logged = gaffe.correction.as_ref().and_then(|c| match locale {
                Locale::En => correction_slots(c),
                Locale::FrCa => french::correction_slots(c),
            });
            let (said, correct) = logged.unwrap_or_else(|| {
                (
                    say(locale, "note-placeholder-said", &[]),
                    say(locale, "note-placeholder-correct", &[]),
                )
            });
            let elide = locale == Locale::FrCa && french::elides(&said);
            let args = vec![
                ("said", text(said)),
                ("correct", text(correct)),
                ("elide", text(if elide { "yes" } else { "no" })),
            ];
            ("factual-error", args)
        }
        GaffeKind::SalaryBlank => ("salary-blank", Vec::new()),
        GaffeKind::NoQuestionsAsked => ("no-questions-asked", Vec::new()),
        GaffeKind::TechnicalFailure => ("technical-failure", Vec::new()),
        GaffeKind::UnclearOnRole => ("unclear-on-role", Vec::new()),
        _ => return None,
    };
    let id = format!("note-repair-{kind}-{}", tone_key(voice.tone));
    Some(as_sentence(&say(locale, &id, &args)))
}

/// The experiences a note adds, as one sentence, formal or warm. Each is a phrase about the candidate ("my CPA
/// licence", "I led the monthly close"; « mon titre de CPA »); with more than one they share the sentence, so the
/// note never says "I should also mention" twice.
fn experiences_sentence(gaffes: &[&GaffeFacts], voice: Voice, limit: usize) -> Option<String> {
    let locale = voice.locale;
    let experiences: Vec<String> = gaffes
        .iter()
        .map(|g| {
            non_blank(&g.description)
                .map(|d| {
                    let clipped = clip_words(d, limit);
                    match locale {
                        Locale::En => experience_phrase(&clipped),
                        Locale::FrCa => french::experience_phrase(&clipped),
                    }
                })
                .filter(|d| !d.is_empty())
                .unwrap_or_else(|| say(locale, "note-placeholder-experience", &[]))
        })
        .collect();
    // "that I led the close" and « le fait que j’ai dirigé la clôture » after a verb or in a list.
    let as_object = |e: &String| match locale {
        Locale::En if e.starts_with("I ") => format!("that {e}"),
        Locale::En => e.clone(),
        Locale::FrCa => french::as_object(e),
    };
    let sentence = match (experiences.as_slice(), voice.tone) {
        ([], _) => return None,
        (many, NoteTone::Formal) => {
            let items: Vec<String> = many.iter().map(as_object).collect();
            let items: Vec<&str> = items.iter().map(String::as_str).collect();
            let joined = join_list(locale, &items);
            say(
                locale,
                "note-repair-experience-formal",
                &[("experiences", text(joined))],
            )
        }
        (many, NoteTone::Warm) => {
            // Alone after the colon, an experience reads as written; in a French list, as an object.
            let items: Vec<String> = match (locale, many.len()) {
                (Locale::FrCa, 2..) => many.iter().map(as_object).collect(),
                _ => many.to_vec(),
            };
            say(
                locale,
                "note-repair-experience-warm",
                &[
                    ("count", Arg::Count(items.len())),
                    ("first", text(items[0].as_str())),
                    ("second", text(items.get(1).map_or("", String::as_str))),
                ],
            )
        }
    };
    // An experience clipped with an ellipsis must not meet the list's comma ("days…, and").
    Some(as_sentence(&tidy_punctuation(&sentence)))
}

/// The text of the question a gaffe was logged against, for quoting mid-sentence: clipped to `limit` words, a
/// [`fragment`] without a closing full stop (the sentence around it has one; a question mark stays); `None` when the
/// gaffe names no question or the question is blank.
fn asked_question(gaffe: &GaffeFacts, interview: &InterviewFacts, limit: usize) -> Option<String> {
    let question = interview.questions.get(gaffe.question_index?)?;
    let text = question
        .question
        .trim()
        .trim_end_matches(['.', ',', ';', ':']);
    if text.trim().is_empty() {
        return None;
    }
    let clean = fragment(&clip_words(text, limit));
    Some(
        clean
            .trim_end_matches(['.', ',', ';', ':'])
            .trim_end()
            .to_string(),
    )
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod prose_tests;

#[cfg(test)]
mod variety_tests;

#[cfg(test)]
mod french_tests;

#[cfg(test)]
mod french_variety_tests;
