//! The domain's texts in a locale, through `rebound-i18n`: a message with its variables ([`say!`]) and the
//! catalogue's texts for a kind of gaffe.

use rebound_i18n::{FluentArgs, Locale};

use crate::catalogue::entry;
use crate::GaffeKind;

/// Message `$id` (of `rebound-i18n`) in `$locale`, its variables given as `name = value`:
/// `say!(locale, "plan-cool-off-why-elapsed", elapsed = text)`.
macro_rules! say {
    ($locale:expr, $id:expr $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = rebound_i18n::FluentArgs::new();
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

/// The catalogue's `field` (`title`, `label`, `prevention`, `on-hand`…) for `kind`, in `locale`.
pub(crate) fn kind_text(locale: Locale, kind: GaffeKind, field: &str) -> String {
    rebound_i18n::message(locale, &format!("gaffe-{}-{field}", kind_id(kind)))
}

/// The catalogue's post-mortem questions for `kind`, in `locale`, in order.
pub(crate) fn kind_questions(locale: Locale, kind: GaffeKind) -> Vec<String> {
    (1..=entry(kind).review_questions.len())
        .map(|n| kind_text(locale, kind, &format!("question-{n}")))
        .collect()
}

/// A kind as message ids spell it: `wrong-interviewer-name`.
pub(crate) fn kind_id(kind: GaffeKind) -> String {
    kind.as_str().replace('_', "-")
}
