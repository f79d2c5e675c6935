//! Comparing what the docs show with what the server answered.
//!
//! The docs show real values from a real run, so the values a server generates differ from run to run. Those are
//! recognised by their shape and compared by shape only: UUIDs, RFC 3339 timestamps, prefixed secrets and ids
//! (`rbc_…`, `rbr_…`, `rbs_…`, `rbi_…`, `whsec_…`), JWTs (`eyJ…`), signed tokens (`1764150000.x3Yk…`) and long
//! random strings (32 or more URL-safe characters mixing digits and both cases, such as an authorization code).
//! Each such value is *bound* to the one the server gave, so a later example on the page that uses the documented
//! value (the client id in a sign-in URL, the receiver's id in a path) sends the real one, and a later response must
//! show that same real value. `…` stands for anything: `"rbi_…"` is any string starting with `rbi_`, a `…` member of
//! an object allows members not shown, a trailing `…` element of an array allows more elements. Everything else is
//! compared exactly; an object shown without `…` must have exactly the members shown. The docs' address of the
//! server, `http://127.0.0.1:8080` (what `cargo run` serves), stands for the test server's.

use serde_json::Value;

/// Where the docs' examples send requests.
pub const DOCUMENTED_BASE: &str = "http://127.0.0.1:8080";

/// The documented generated values seen so far on a page, each with the real value it stands for.
pub struct Bindings {
    /// (documented, real), the server's address first.
    pairs: Vec<(String, String)>,
}

impl Bindings {
    pub fn new(real_base: &str) -> Self {
        Self {
            pairs: vec![
                (DOCUMENTED_BASE.to_string(), real_base.to_string()),
                (
                    crate::helpers::urlencode(DOCUMENTED_BASE),
                    crate::helpers::urlencode(real_base),
                ),
            ],
        }
    }

    fn real(&self, documented: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(d, _)| d == documented)
            .map(|(_, r)| r.as_str())
    }

    /// `text` with every documented value seen so far replaced by the real one (for a request to send).
    pub fn substitute(&self, text: &str) -> String {
        let mut pairs: Vec<&(String, String)> = self.pairs.iter().collect();
        pairs.sort_by_key(|(documented, _)| std::cmp::Reverse(documented.len()));
        pairs
            .iter()
            .fold(text.to_string(), |text, (documented, real)| {
                text.replace(documented.as_str(), real)
            })
    }

    /// Whether `actual` is what the documented string `documented` shows; binds the generated values in it.
    pub fn match_str(&mut self, documented: &str, actual: &str) -> Result<(), String> {
        let pattern = self.compile(documented);
        let actual: Vec<char> = actual.chars().collect();
        let mut bound = Vec::new();
        if matches(&pattern, &actual, 0, &mut bound) {
            for pair in bound {
                if self.real(&pair.0).is_none() {
                    self.pairs.push(pair);
                }
            }
            Ok(())
        } else {
            Err(format!(
                "documented {documented:?}, got {:?}",
                actual.iter().collect::<String>()
            ))
        }
    }

    /// Whether `actual` has what the documented JSON `documented` shows, member by member (see the module's doc).
    pub fn match_json(
        &mut self,
        documented: &Value,
        actual: &Value,
        at: &str,
    ) -> Result<(), String> {
        let mismatch = |what: String| {
            Err(format!(
                "{}: {what}",
                if at.is_empty() { "body" } else { at }
            ))
        };
        match (documented, actual) {
            (Value::String(d), _) if d == ELLIPSIS => Ok(()),
            (Value::String(d), Value::String(a)) => self.match_str(d, a).or_else(mismatch),
            (Value::Object(d), Value::Object(a)) => {
                for (key, value) in d.iter().filter(|(k, _)| *k != ELLIPSIS) {
                    match a.get(key) {
                        Some(found) => self.match_json(value, found, &format!("{at}.{key}"))?,
                        None => return mismatch(format!("no member `{key}` in {actual}")),
                    }
                }
                let extra: Vec<&String> = a.keys().filter(|k| !d.contains_key(*k)).collect();
                if !extra.is_empty() && !d.contains_key(ELLIPSIS) {
                    return mismatch(format!(
                        "members {extra:?} of {actual} are not documented (show them, or end the object with `…`)"
                    ));
                }
                Ok(())
            }
            (Value::Array(d), Value::Array(a)) => {
                let open = d.last().is_some_and(|l| l == ELLIPSIS);
                let shown = &d[..d.len() - usize::from(open)];
                if a.len() < shown.len() || (!open && a.len() != shown.len()) {
                    return mismatch(format!(
                        "{} elements documented, {} returned: {actual}",
                        shown.len(),
                        a.len()
                    ));
                }
                for (i, (d, a)) in shown.iter().zip(a).enumerate() {
                    self.match_json(d, a, &format!("{at}[{i}]"))?;
                }
                Ok(())
            }
            _ if documented == actual => Ok(()),
            _ => mismatch(format!("documented {documented}, got {actual}")),
        }
    }

    /// A header's value: as a pattern, or as a comma-separated list in any order (`Access-Control-Allow-Methods`).
    pub fn match_header(&mut self, documented: &str, actual: &str) -> Result<(), String> {
        let whole = self.match_str(documented, actual);
        if whole.is_ok() {
            return whole;
        }
        let split =
            |s: &str| -> Vec<String> { s.split(',').map(|p| p.trim().to_string()).collect() };
        let (mut wanted, mut got) = (split(documented), split(actual));
        wanted.sort();
        got.sort();
        if wanted.len() > 1 && wanted == got {
            return Ok(());
        }
        whole
    }

    fn compile(&self, documented: &str) -> Vec<Segment> {
        let chars: Vec<char> = documented.chars().collect();
        let mut segments = Vec::new();
        let mut literal = String::new();
        let mut i = 0;
        while i < chars.len() {
            let rest: String = chars[i..].iter().collect();
            let known = self
                .pairs
                .iter()
                .filter(|(d, _)| rest.starts_with(d.as_str()))
                .max_by_key(|(d, _)| d.len());
            let at_boundary = i == 0 || !is_token_char(chars[i - 1]);
            let segment = if let Some((d, real)) = known.filter(|_| at_boundary) {
                i += d.chars().count();
                literal.push_str(real);
                continue;
            } else if chars[i] == '…' {
                i += 1;
                Segment::Any
            } else if let Some(len) = timestamp_len(&chars[i..]).filter(|_| at_boundary) {
                i += len;
                Segment::Timestamp
            } else if let Some((len, shape)) = generated_value(&chars[i..]).filter(|_| at_boundary)
            {
                let value: String = chars[i..i + len].iter().collect();
                i += len;
                Segment::Generated {
                    documented: value,
                    shape,
                }
            } else {
                literal.push(chars[i]);
                i += 1;
                continue;
            };
            if !literal.is_empty() {
                segments.push(Segment::Literal(std::mem::take(&mut literal)));
            }
            segments.push(segment);
        }
        if !literal.is_empty() {
            segments.push(Segment::Literal(literal));
        }
        segments
    }
}

/// `…`: what the docs write where they leave something out.
pub const ELLIPSIS: &str = "…";

enum Segment {
    Literal(String),
    /// `…`: anything, possibly nothing.
    Any,
    Timestamp,
    Generated {
        documented: String,
        shape: Shape,
    },
}

#[derive(Clone, Copy)]
enum Shape {
    Uuid,
    /// A prefix such as `rbc_` and URL-safe characters.
    Prefixed(usize),
    Jwt,
    SignedToken,
    Random,
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')
}

fn is_url_safe(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-')
}

/// The length of the RFC 3339 timestamp `chars` starts with, if it starts with one.
fn timestamp_len(chars: &[char]) -> Option<usize> {
    let run = chars
        .iter()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '-' | ':' | '.' | 'T' | 'Z' | '+'))
        .count();
    (20..=run.min(35)).rev().find(|&len| {
        chrono::DateTime::parse_from_rfc3339(&chars[..len].iter().collect::<String>()).is_ok()
    })
}

/// The length and shape of the generated value `chars` starts with, if it starts with one (and ends at a boundary).
fn generated_value(chars: &[char]) -> Option<(usize, Shape)> {
    let url_safe = chars.iter().take_while(|c| is_url_safe(**c)).count();
    let token = chars.iter().take_while(|c| is_token_char(**c)).count();
    let text: String = chars[..token].iter().collect();
    let ends = |len: usize| chars.get(len).is_none_or(|c| !is_token_char(*c));
    if token >= 36
        && uuid::Uuid::try_parse(&text[..36]).is_ok()
        && text[..36].contains('-')
        && ends(36)
    {
        return Some((36, Shape::Uuid));
    }
    for prefix in ["rbc_", "rbr_", "rbs_", "rbi_", "whsec_"] {
        if text.starts_with(prefix) && url_safe >= prefix.len() + 8 && ends(url_safe) {
            return Some((url_safe, Shape::Prefixed(prefix.len())));
        }
    }
    if text.starts_with("eyJ") && token >= 13 {
        return Some((token, Shape::Jwt));
    }
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 10 && chars.get(10) == Some(&'.') && token >= 31 && ends(token) {
        return Some((token, Shape::SignedToken));
    }
    let random = &text[..url_safe];
    let mixed = random.chars().any(|c| c.is_ascii_digit())
        && random.chars().any(|c| c.is_ascii_uppercase())
        && random.chars().any(|c| c.is_ascii_lowercase());
    (url_safe >= 32 && mixed && ends(url_safe)).then_some((url_safe, Shape::Random))
}

/// Whether `actual[at..]` matches `pattern`; the generated values it binds are pushed to `bound`.
fn matches(
    pattern: &[Segment],
    actual: &[char],
    at: usize,
    bound: &mut Vec<(String, String)>,
) -> bool {
    let Some((first, rest)) = pattern.split_first() else {
        return at == actual.len();
    };
    let remaining = &actual[at..];
    match first {
        Segment::Literal(text) => {
            let text: Vec<char> = text.chars().collect();
            remaining.starts_with(&text) && matches(rest, actual, at + text.len(), bound)
        }
        Segment::Any => (at..=actual.len()).any(|next| matches(rest, actual, next, bound)),
        Segment::Timestamp => {
            let run = remaining
                .iter()
                .take_while(|c| {
                    c.is_ascii_digit() || matches!(c, '-' | ':' | '.' | 'T' | 'Z' | '+')
                })
                .count();
            (1..=run).rev().any(|len| {
                let text: String = remaining[..len].iter().collect();
                chrono::DateTime::parse_from_rfc3339(&text).is_ok()
                    && matches(rest, actual, at + len, bound)
            })
        }
        Segment::Generated { documented, shape } => {
            let (prefix, allowed): (usize, fn(char) -> bool) = match shape {
                Shape::Uuid => (0, |c| c.is_ascii_hexdigit() || c == '-'),
                Shape::Prefixed(len) => (*len, is_url_safe),
                Shape::Jwt | Shape::SignedToken => (0, is_token_char),
                Shape::Random => (0, is_url_safe),
            };
            let prefix_text: Vec<char> = documented.chars().take(prefix).collect();
            if !remaining.starts_with(&prefix_text) {
                return false;
            }
            let run = prefix
                + remaining[prefix..]
                    .iter()
                    .take_while(|c| allowed(**c))
                    .count();
            (prefix + 1..=run).rev().any(|len| {
                let value: String = remaining[..len].iter().collect();
                if matches!(shape, Shape::Uuid) && uuid::Uuid::try_parse(&value).is_err() {
                    return false;
                }
                if let Some((_, earlier)) = bound.iter().find(|(d, _)| d == documented) {
                    return *earlier == value && matches(rest, actual, at + len, bound);
                }
                bound.push((documented.clone(), value));
                if matches(rest, actual, at + len, bound) {
                    return true;
                }
                bound.pop();
                false
            })
        }
    }
}

/// Parses JSON as the docs write it: `…` for members, elements or values left out (see the module's doc).
pub fn lenient_json(text: &str) -> Result<Value, String> {
    let mut json = String::with_capacity(text.len());
    let mut open: Vec<char> = Vec::new();
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            json.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' | '[' => open.push(c),
            '}' | ']' => {
                open.pop();
            }
            '…' => {
                let after_colon = json.trim_end().ends_with(':');
                json.push_str(match open.last() {
                    Some('{') if !after_colon => "\"…\": null",
                    Some(_) => "\"…\"",
                    None => return Err("`…` outside an object or array".into()),
                });
                continue;
            }
            _ => {}
        }
        json.push(c);
    }
    serde_json::from_str(&json).map_err(|e| format!("{e} in {json}"))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn generated_values_match_by_shape_and_are_bound_for_later() {
        let mut bindings = Bindings::new("http://127.0.0.1:4242");
        let documented =
            "http://127.0.0.1:8080/v1/inbound/greenhouse/01a21859-ac8a-70fa-b0d4-9bf16ca0c72a";
        let real =
            "http://127.0.0.1:4242/v1/inbound/greenhouse/0193aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee";
        bindings.match_str(documented, real).unwrap();
        assert_eq!(
            bindings.substitute("/v1/x/01a21859-ac8a-70fa-b0d4-9bf16ca0c72a"),
            "/v1/x/0193aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee"
        );
        // Bound now: the same documented id must be the same real id.
        let other =
            "http://127.0.0.1:4242/v1/inbound/greenhouse/0193aaaa-bbbb-7ccc-8ddd-ffffffffffff";
        assert!(bindings.match_str(documented, other).is_err());
        assert!(bindings.match_str("rbi_…", "rbi_abc").is_ok());
        assert!(bindings.match_str("rbi_…", "rbs_abc").is_err());
        assert!(bindings
            .match_str("at 2026-11-26T14:38:12.722852Z", "at 2026-12-07T05:35:34Z")
            .is_ok());
        assert!(bindings
            .match_str("Harbor & Finch", "Harbor and Finch")
            .is_err());
        let code = "?code=wQDdK27FJdnYGLf9Y3VfCGx09UKuH1kIiCiZrtpTHu0&state=Zx81Qm";
        bindings
            .match_str(
                code,
                "?code=Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3Ab4&state=Zx81Qm",
            )
            .unwrap();
        assert_eq!(
            bindings.substitute("code=wQDdK27FJdnYGLf9Y3VfCGx09UKuH1kIiCiZrtpTHu0"),
            "code=Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3Ab4"
        );
        assert!(bindings
            .match_header("GET, POST, HEAD", "HEAD, GET, POST")
            .is_ok());
    }

    #[test]
    fn documented_json_may_leave_members_and_elements_out_but_shows_the_rest_exactly() {
        let mut bindings = Bindings::new("http://127.0.0.1:4242");
        let documented = lenient_json(
            r#"{"status": "applied", "report": {"deleted": 1, …}, "list": [1, …], "any": …}"#,
        )
        .unwrap();
        let actual = json!({"status": "applied", "report": {"deleted": 1, "created": 0}, "list": [1, 2], "any": {"x": 1}});
        bindings.match_json(&documented, &actual, "").unwrap();
        let strict = lenient_json(r#"{"status": "applied"}"#).unwrap();
        assert!(bindings.match_json(&strict, &actual, "").is_err());
        let wrong = lenient_json(r#"{"report": {"deleted": 2, …}, …}"#).unwrap();
        assert!(bindings.match_json(&wrong, &actual, "").is_err());
    }
}
