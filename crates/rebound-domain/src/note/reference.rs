//! The heads-up the candidate sends a trusted reference (article step 4: references), in the candidate's language:
//! what the interview left out that the reference could mention if the company calls.

use rebound_i18n::Locale;

use super::words::{join_list, say, text, Arg};
use super::{experience_phrase, french};
use crate::InterviewFacts;

/// Something a reference could vouch for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ReferencePoint {
    /// An omitted experience, as the candidate described it.
    Experience(String),
    /// An omitted experience logged without a description.
    UnnamedExperience,
    /// A behavioural strength a weak answer hid: how the candidate works with people.
    WithColleagues,
}

impl ReferencePoint {
    /// The point as the message names it: the experience in the candidate's words about themselves ("my CPA
    /// licence", « mon titre de CPA »), a placeholder, or how they handle difficult situations with colleagues.
    pub(crate) fn in_words(&self, locale: Locale) -> String {
        match (self, locale) {
            (ReferencePoint::Experience(description), Locale::En) => experience_phrase(description),
            (ReferencePoint::Experience(description), Locale::FrCa) => {
                french::experience_phrase(description)
            }
            (ReferencePoint::UnnamedExperience, _) => {
                say(locale, "note-placeholder-experience-left-out", &[])
            }
            (ReferencePoint::WithColleagues, _) => {
                say(locale, "note-reference-point-colleagues", &[])
            }
        }
    }
}

/// The heads-up to send the reference, naming the points they could mention ("it" for one, "them" for two).
pub(crate) fn reference_message(
    interview: &InterviewFacts,
    points: &[String],
    locale: Locale,
) -> String {
    // "my CPA licence and that I led the close", never "my CPA licence and I led the close"; in French « mon titre
    // de CPA et le fait que j’ai dirigé la clôture ». One point alone follows a colon as written.
    let items: Vec<String> = match points {
        [one] => vec![one.clone()],
        many => many
            .iter()
            .map(|p| match locale {
                Locale::En if p.starts_with("I ") => format!("that {p}"),
                Locale::En => p.clone(),
                Locale::FrCa => french::as_object(p),
            })
            .collect(),
    };
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    let body = say(
        locale,
        "note-reference-body",
        &[
            ("company", text(interview.company.trim())),
            ("role", text(interview.role_title.trim())),
            ("count", Arg::Count(points.len())),
            ("points", text(join_list(locale, &items))),
        ],
    );
    [
        say(locale, "note-reference-greeting", &[]),
        body,
        format!(
            "{}\n{}",
            say(locale, "note-reference-sign-off", &[]),
            say(locale, "note-your-name", &[])
        ),
    ]
    .join("\n\n")
}
