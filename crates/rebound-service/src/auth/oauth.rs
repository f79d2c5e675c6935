//! The pure parts of the authorization-code flow: PKCE (RFC 7636, S256 only), which redirect URIs a public client
//! may register (RFC 8252 / RFC 9700), the sign-in page's CSRF token, and the redirect back to the client.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use url::{Host, Url};

use rebound_config::JwtSettings;
use rebound_domain::bounded::RedirectUri;

/// Longest redirect URI a client may register ([`RedirectUri`]), and so the longest a token request may name.
pub const MAX_REDIRECT_URI_LEN: usize = RedirectUri::MAX;

/// Most redirect URIs one client may register.
pub const MAX_REDIRECT_URIS: usize = 10;

/// The S256 code challenge of a verifier: BASE64URL(SHA-256(verifier)), without padding.
pub fn s256_challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// How long a PKCE code verifier is, in characters (RFC 7636 §4.1).
pub const CODE_VERIFIER_LEN: std::ops::RangeInclusive<usize> = 43..=128;

/// Whether `verifier` has the form RFC 7636 §4.1 requires: [`CODE_VERIFIER_LEN`] unreserved characters
/// (`A-Z a-z 0-9 - . _ ~`).
pub fn is_code_verifier(verifier: &str) -> bool {
    CODE_VERIFIER_LEN.contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
}

/// Whether `challenge` can be an S256 challenge: 43 base64url characters (a SHA-256, unpadded).
pub fn is_s256_challenge(challenge: &str) -> bool {
    challenge.len() == 43
        && challenge
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether `verifier` is the one `challenge` was made from, compared in constant time.
pub fn verifier_matches(verifier: &str, challenge: &str) -> bool {
    let computed = s256_challenge(verifier);
    computed.len() == challenge.len()
        && computed
            .bytes()
            .zip(challenge.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// What is wrong with a redirect URI a client wants to register, if anything (one outside the documented shape,
/// [`rebound_domain::bounded::redirect_uri_has_shape`], is a 400; the rest a 422): it must be an absolute `https` URL,
/// or `http` on a loopback host (127.0.0.1, localhost, [::1]: RFC 8252 §7.3, for native apps and development),
/// without a fragment or user information, in visible ASCII (so the exact comparison at sign-in is unambiguous).
pub fn redirect_uri_problem(uri: &str) -> Option<&'static str> {
    if uri.len() > MAX_REDIRECT_URI_LEN {
        return Some("must be at most 2000 characters");
    }
    if uri.is_empty() || !uri.bytes().all(|b| (b'!'..=b'~').contains(&b)) {
        return Some("must be a URL of visible ASCII characters without spaces (percent-encode anything else)");
    }
    if uri.contains('#') {
        return Some("must not contain a fragment (`#…`)");
    }
    let Ok(url) = Url::parse(uri) else {
        return Some("must be an absolute URL such as https://plugin.example/callback");
    };
    if !url.username().is_empty() || url.password().is_some() {
        return Some("must not contain user information (`user@`)");
    }
    match (url.scheme(), url.host()) {
        ("https", Some(_)) => None,
        ("http", Some(Host::Domain(host))) if host.eq_ignore_ascii_case("localhost") => None,
        ("http", Some(Host::Ipv4(ip))) if ip.is_loopback() => None,
        ("http", Some(Host::Ipv6(ip))) if ip.is_loopback() => None,
        ("http", _) => Some(
            "must use https; plain http is only allowed for the loopback hosts 127.0.0.1, localhost and [::1]",
        ),
        _ => Some("must be an https URL (or http on a loopback host)"),
    }
}

/// The origin (`scheme://host:port`) of a redirect URI, for the page's `form-action`: browsers apply it to the
/// redirect that follows the form's POST too.
pub fn redirect_origin(uri: &str) -> Option<String> {
    let origin = Url::parse(uri).ok()?.origin();
    origin.is_tuple().then(|| origin.ascii_serialization())
}

/// `uri` with `params` added to its query (after any query it already has).
pub fn redirect_with(uri: &str, params: &[(&str, &str)]) -> Option<String> {
    let mut url = Url::parse(uri).ok()?;
    // Form encoding writes a space as `+`, which clients that decode with `decodeURIComponent` (Swagger UI's
    // oauth2-redirect.html among them) show as it is: "The+scope+…". `%20` reads the same to every decoder; a
    // literal `+` is written as `%2B`, so every `+` in what is added here is a space. The redirect URI's own
    // query is kept exactly as registered.
    let added = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params)
        .finish()
        .replace('+', "%20");
    let query = match url.query() {
        Some(own) if !own.is_empty() => format!("{own}&{added}"),
        _ => added,
    };
    url.set_query(Some(&query));
    Some(url.into())
}

type HmacSha256 = Hmac<Sha256>;

/// Signs and checks the sign-in page's CSRF tokens: an HMAC over the authorization request the page shows and the
/// time it was shown, under keys derived from the JWT signing keys (so every replica shares them and they rotate
/// with them). A token is good for [`CsrfKeys::MAX_AGE_SECS`] and only for the request it was made for.
#[derive(Clone)]
pub struct CsrfKeys {
    /// The current key first; tokens are signed with it and checked against all.
    keys: Vec<[u8; 32]>,
}

impl std::fmt::Debug for CsrfKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CsrfKeys(***)")
    }
}

impl CsrfKeys {
    /// How long a sign-in page may stay open before its form is refused.
    pub const MAX_AGE_SECS: i64 = 15 * 60;

    pub fn new(jwt: &JwtSettings) -> Self {
        let derive = |secret: &str| -> [u8; 32] {
            // A key of its own: a CSRF token must never double as anything signed with the JWT key.
            let mut mac = HmacSha256::new_from_slice(secret.as_bytes())
                .unwrap_or_else(|_| HmacSha256::new_from_slice(&[0; 32]).expect("fixed key"));
            mac.update(b"rebound/oauth-authorize-csrf/v1");
            mac.finalize().into_bytes().into()
        };
        let keys = std::iter::once(&jwt.current_key)
            .chain(&jwt.previous_keys)
            .map(|key| derive(key.secret.expose()))
            .collect();
        Self { keys }
    }

    fn mac(key: &[u8; 32], bound: &[&str], issued_at: i64) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes any key length");
        mac.update(issued_at.to_string().as_bytes());
        // Length-prefixed, so no two different requests produce the same input.
        for part in bound {
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part.as_bytes());
        }
        mac
    }

    /// A token for a page showing the request `bound` (its parameters, in a fixed order) at `issued_at` (Unix
    /// seconds).
    pub fn sign(&self, bound: &[&str], issued_at: i64) -> String {
        let tag = Self::mac(&self.keys[0], bound, issued_at)
            .finalize()
            .into_bytes();
        format!("{issued_at}.{}", URL_SAFE_NO_PAD.encode(tag))
    }

    /// Whether `token` was made by [`CsrfKeys::sign`] for `bound`, no longer than `MAX_AGE_SECS` before `now`.
    pub fn verify(&self, token: &str, bound: &[&str], now: i64) -> bool {
        let Some((issued, tag)) = token.split_once('.') else {
            return false;
        };
        let (Ok(issued_at), Ok(tag)) = (issued.parse::<i64>(), URL_SAFE_NO_PAD.decode(tag)) else {
            return false;
        };
        // A little tolerance for clocks of replicas that disagree by a few seconds.
        if issued_at > now + 60 || now - issued_at > Self::MAX_AGE_SECS {
            return false;
        }
        self.keys
            .iter()
            .any(|key| Self::mac(key, bound, issued_at).verify_slice(&tag).is_ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rebound_config::{JwtKey, Secret};

    #[test]
    fn s256_is_the_rfc_7636_example() {
        // RFC 7636 Appendix B.
        let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assert!(is_code_verifier(verifier));
        let challenge = s256_challenge(verifier);
        assert_eq!(challenge, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assert!(is_s256_challenge(&challenge));
        assert!(verifier_matches(verifier, &challenge));
        assert!(!verifier_matches(
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXl",
            &challenge
        ));
    }

    #[test]
    fn verifiers_and_challenges_must_have_their_form() {
        assert!(!is_code_verifier("short"));
        assert!(!is_code_verifier(&"a".repeat(129)));
        assert!(!is_code_verifier(&format!("{}+", "a".repeat(50))));
        assert!(is_code_verifier(&"a-._~".repeat(20)));
        assert!(!is_s256_challenge(
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM="
        ));
        assert!(!is_s256_challenge(
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw+cM"
        ));
    }

    #[test]
    fn only_https_and_loopback_http_redirects_without_fragments_are_accepted() {
        for good in [
            "https://plugin.example/callback",
            "https://abcdefghijklmnop.chromiumapp.org/",
            "http://127.0.0.1:8080/swagger-ui/oauth2-redirect.html",
            "http://localhost:3000/cb?x=1",
            "http://[::1]:9000/cb",
        ] {
            assert_eq!(redirect_uri_problem(good), None, "{good}");
        }
        for bad in [
            "http://plugin.example/callback",
            "http://10.0.0.1/cb",
            "https://plugin.example/cb#frag",
            "https://user:pw@plugin.example/cb",
            "/relative/cb",
            "javascript:alert(1)",
            "ftp://plugin.example/",
            "https://plugin.example/a b",
            "https://plugin.example/\u{e9}",
            "",
        ] {
            assert!(redirect_uri_problem(bad).is_some(), "{bad}");
        }
        assert!(redirect_uri_problem(&format!("https://a.example/{}", "x".repeat(2000))).is_some());
    }

    #[test]
    fn a_redirect_uri_is_refused_beyond_the_length_the_document_states() {
        let longest = format!("https://a.example/{}", "x".repeat(RedirectUri::MAX - 18));
        assert_eq!(longest.len(), RedirectUri::MAX);
        assert_eq!(redirect_uri_problem(&longest), None);
        let message = format!("must be at most {} characters", RedirectUri::MAX);
        assert_eq!(
            redirect_uri_problem(&format!("{longest}x")),
            Some(message.as_str())
        );
    }

    #[test]
    fn redirects_keep_their_query_and_origins_are_scheme_host_port() {
        assert_eq!(
            redirect_with(
                "http://127.0.0.1:9/cb?x=1+2",
                &[("code", "a b+c"), ("state", "s&t")]
            )
            .unwrap(),
            "http://127.0.0.1:9/cb?x=1+2&code=a%20b%2Bc&state=s%26t"
        );
        assert_eq!(
            redirect_origin("https://plugin.example/cb?x=1").unwrap(),
            "https://plugin.example"
        );
        assert_eq!(
            redirect_origin("http://127.0.0.1:8080/swagger-ui/oauth2-redirect.html").unwrap(),
            "http://127.0.0.1:8080"
        );
    }

    fn keys(current: &str, previous: &[&str]) -> CsrfKeys {
        let key = |secret: &str| JwtKey {
            kid: "k".into(),
            secret: Secret::new(secret),
        };
        CsrfKeys::new(&JwtSettings {
            issuer: "rebound".into(),
            audience: "rebound-api".into(),
            current_key: key(current),
            previous_keys: previous.iter().map(|s| key(s)).collect(),
            ephemeral_key: false,
            access_token_ttl: std::time::Duration::from_secs(900),
            refresh_token_ttl: std::time::Duration::from_secs(3600),
        })
    }

    #[test]
    fn csrf_tokens_hold_only_for_their_request_key_and_time() {
        let keys = keys(&"a".repeat(32), &[]);
        let bound = [
            "rbc_1",
            "https://p.example/cb",
            "interviews:read",
            "xyz",
            "chal",
        ];
        let token = keys.sign(&bound, 1_000);
        assert!(keys.verify(&token, &bound, 1_000));
        assert!(keys.verify(&token, &bound, 1_000 + CsrfKeys::MAX_AGE_SECS));
        assert!(!keys.verify(&token, &bound, 1_001 + CsrfKeys::MAX_AGE_SECS));
        let mut other = bound;
        other[3] = "xy";
        assert!(!keys.verify(&token, &other, 1_000));
        // Moving a boundary between parameters changes the input too.
        let shifted = [
            "rbc_1",
            "https://p.example/cb",
            "interviews:read",
            "x",
            "yzchal",
        ];
        assert!(!keys.verify(&token, &shifted, 1_000));
        assert!(!keys.verify("1000.AAAA", &bound, 1_000));
        assert!(!keys.verify("garbage", &bound, 1_000));
        let tampered_time = token.replacen("1000.", "1001.", 1);
        assert!(!keys.verify(&tampered_time, &bound, 1_001));
        // Another key signs different tokens; after a rotation the old key's tokens still hold.
        let other_keys = self::keys(&"b".repeat(32), &[]);
        assert!(!other_keys.verify(&token, &bound, 1_000));
        let rotated = self::keys(&"b".repeat(32), &[&"a".repeat(32)]);
        assert!(rotated.verify(&token, &bound, 1_000));
    }
}
