//! The domain's texts in a locale, through `rebound-i18n`: a message with its variables ([`say!`]) and the
//! catalogue's texts for a kind of gaffe.

use std::borrow::Cow;
use std::sync::OnceLock;

use rebound_i18n::{FluentArgs, Locale};

use crate::catalogue::entry;
use crate::GaffeKind;

/// Message `$id` (of `rebound-i18n`) in `$locale`, its variables given as `name = value`:
/// `say!(locale, "plan-cool-off-why-elapsed", elapsed = text)`.
macro_rules! say {
    ($locale:expr, $id:expr $(, $name:ident = $value:expr)* $(,)?) => {{
        // Sized for the variables named, so setting them never grows the list.
        #[allow(unused_mut)]
        let mut args = rebound_i18n::FluentArgs::with_capacity(<[&str]>::len(&[$(stringify!($name)),*]));
        $( args.set(stringify!($name), $value); )*
        $crate::localized::said($locale, $id, &args)
    }};
}
pub(crate) use say;

/// The text of message `id` in `locale` with `args`. Panics when the message is missing: every id the plan rules
/// name is in both locales' `plans.ftl` (the parity test), so a missing one is a bug the tests catch.
pub(crate) fn said(locale: Locale, id: &str, args: &FluentArgs) -> String {
    rebound_i18n::text(locale, id, Some(args))
        .unwrap_or_else(|| panic!("{}: no message {id}", locale.tag()))
}

/// The catalogue's `field` (`title`, `label`, `prevention`, `on-hand`…) for `kind`, in `locale`: borrowed from the
/// per-locale table for the [`KIND_FIELDS`], so a text that only goes into a message is not copied.
pub(crate) fn kind_text(locale: Locale, kind: GaffeKind, field: &str) -> Cow<'static, str> {
    let cached = KIND_FIELDS
        .iter()
        .position(|f| *f == field)
        .and_then(|i| kind_texts(locale).fields[kind as usize][i].as_deref());
    match cached {
        Some(text) => Cow::Borrowed(text),
        None => Cow::Owned(rebound_i18n::message(locale, &kind_message_id(kind, field))),
    }
}

/// The catalogue's post-mortem questions for `kind`, in `locale`, in order.
pub(crate) fn kind_questions(locale: Locale, kind: GaffeKind) -> Vec<String> {
    kind_texts(locale).questions[kind as usize]
        .clone()
        .unwrap_or_else(|| looked_up_questions(locale, kind))
}

/// The fields of the catalogue every plan reads, for each of its gaffes.
const KIND_FIELDS: [&str; 4] = ["title", "label", "prevention", "on-hand"];

/// The catalogue's texts in one locale, by kind (in declaration order, as `kind as usize` indexes them): the
/// [`KIND_FIELDS`] and the post-mortem questions. A plan reads them many times, each a lookup and a formatting of a
/// message without variables, so they are read once per locale. `None` where a text is missing: the lookup is then
/// made, and panics, as it would without the table.
struct KindTexts {
    fields: Vec<[Option<String>; KIND_FIELDS.len()]>,
    questions: Vec<Option<Vec<String>>>,
}

fn kind_texts(locale: Locale) -> &'static KindTexts {
    static TABLES: OnceLock<[KindTexts; 2]> = OnceLock::new();
    let tables = TABLES.get_or_init(|| Locale::ALL.map(KindTexts::of));
    &tables[locale as usize]
}

impl KindTexts {
    fn of(locale: Locale) -> Self {
        let text =
            |kind, field: &str| rebound_i18n::text(locale, &kind_message_id(kind, field), None);
        KindTexts {
            fields: GaffeKind::ALL
                .iter()
                .map(|&kind| KIND_FIELDS.map(|field| text(kind, field)))
                .collect(),
            questions: GaffeKind::ALL
                .iter()
                .map(|&kind| {
                    (1..=entry(kind).review_questions.len())
                        .map(|n| text(kind, &format!("question-{n}")))
                        .collect()
                })
                .collect(),
        }
    }
}

/// The questions of `kind` looked up one by one (panics on a missing one).
fn looked_up_questions(locale: Locale, kind: GaffeKind) -> Vec<String> {
    (1..=entry(kind).review_questions.len())
        .map(|n| rebound_i18n::message(locale, &kind_message_id(kind, &format!("question-{n}"))))
        .collect()
}

/// The id of the catalogue's message `field` for `kind`: `gaffe-wrong-interviewer-name-title`.
fn kind_message_id(kind: GaffeKind, field: &str) -> String {
    format!("gaffe-{}-{field}", kind_id(kind))
}

/// A kind as message ids spell it: `wrong-interviewer-name`.
pub(crate) fn kind_id(kind: GaffeKind) -> String {
    kind.as_str().replace('_', "-")
}
