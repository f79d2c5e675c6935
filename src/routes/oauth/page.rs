//! The sign-in page's own style and its texts in the page's language (sign-in.ftl).

use std::sync::LazyLock;

use base64::Engine;
use rebound_domain::access::Scope;
use rebound_i18n::{FluentArgs, Locale};
use sha2::{Digest, Sha256};

/// The page's only styles, inlined and allowed by their hash in the CSP. Colours meet WCAG AA contrast; focus is
/// always visible.
pub(super) const STYLE: &str = "\
*{box-sizing:border-box}\
body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1f2933;background:#f5f7fa}\
main{max-width:30rem;margin:2rem auto;padding:1.5rem 2rem;background:#fff;border:1px solid #cbd2d9;border-radius:8px}\
h1{font-size:1.5rem;margin:0 0 1rem}\
ul.scopes{padding-left:1.25rem}\
code{font-size:.95em;background:#eef2f7;padding:0 .25em;border-radius:3px}\
.field{margin:1rem 0}\
label{display:block;font-weight:600;margin-bottom:.25rem}\
input[type=email],input[type=password]{width:100%;padding:.6rem;font:inherit;color:inherit;border:2px solid #52606d;border-radius:4px}\
input[aria-invalid=true]{border-color:#b42318}\
.error{color:#b42318;margin:.25rem 0 0}\
.summary{padding:.75rem;border:2px solid #b42318;border-radius:4px;background:#fff5f5}\
.actions{display:flex;gap:.75rem;margin-top:1.5rem}\
button{font:inherit;padding:.6rem 1.2rem;border-radius:4px;border:2px solid #1f2933;background:#fff;color:#1f2933;cursor:pointer}\
button.primary{background:#1a4fd6;border-color:#1a4fd6;color:#fff}\
:focus-visible{outline:3px solid #b45309;outline-offset:2px}\
.note{font-size:.9rem;color:#3e4c59;margin-top:1.5rem}";

/// `'sha256-…'` of [`STYLE`], for the CSP's `style-src`.
pub(super) static STYLE_SOURCE: LazyLock<String> = LazyLock::new(|| {
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(STYLE.as_bytes()))
    )
});

/// The sign-in page's message `id` in `locale`, its variables filled from `args`. The ids are checked in every
/// locale by the parity test; a missing one would show as itself, never fail the page.
pub(super) fn say(locale: Locale, id: &str, args: &[(&str, String)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    say_with(locale, id, &fluent)
}

pub(super) fn say_with(locale: Locale, id: &str, args: &FluentArgs) -> String {
    rebound_i18n::text(locale, id, Some(args)).unwrap_or_else(|| id.to_string())
}

/// `text` made safe inside HTML: the page's markup messages hold a client's name and a host, which anyone
/// registering a client chooses.
pub(super) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// What a scope lets the application do, in the page's language.
pub(super) fn scope_text(locale: Locale, scope: Scope) -> String {
    let id = format!("sign-in-scope-{}", scope.as_str().replace(':', "-"));
    say(locale, &id, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_scope_texts_are_the_scopes_own_descriptions_and_french_has_its_own() {
        for scope in Scope::ALL {
            assert_eq!(scope_text(Locale::En, *scope), scope.description());
            let french = scope_text(Locale::FrCa, *scope);
            assert!(
                !french.starts_with("sign-in-") && french != scope.description(),
                "{french}"
            );
        }
    }

    #[test]
    fn a_clients_name_cannot_add_markup_to_the_page() {
        assert_eq!(
            escape_html("<b>Acme</b> & \"Co\" 'x'"),
            "&lt;b&gt;Acme&lt;/b&gt; &amp; &quot;Co&quot; &#39;x&#39;"
        );
    }
}
