//! Web origins as browsers send them in `Origin`: who may register which, and the one serialized form
//! (used by the operator's `REBOUND_CORS_ORIGINS`, by workspaces' registered origins, and by the CORS layer).

use crate::Environment;

/// The longest origin accepted (a 253-character host name, a scheme and a port fit).
pub const MAX_ORIGIN_LEN: usize = 255;

/// What [`origin_has_shape`] accepts, as the OpenAPI document states it (ECMA-262).
pub const ORIGIN_PATTERN: &str = "^(https://[a-z0-9]([a-z0-9.-]*[a-z0-9])?|http://(localhost|127\\.0\\.0\\.1|\\[::1\\]))(:[0-9]{1,5})?$";

/// Who is registering an origin, which decides what is accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OriginRules {
    /// The operator, through `REBOUND_CORS_ORIGINS`: `http` or `https`, any host.
    Operator,
    /// A workspace owner, through the API: `https`, or `http` for a loopback host in development only.
    Workspace(Environment),
}

/// Whether `raw` has the shape the OpenAPI document gives a workspace's origin (`CreateCorsOriginRequest`'s pattern,
/// the same rule in code): `https://` and a host of lowercase letters, digits, dots and hyphens that starts and ends
/// with a letter or digit, or `http://` and `localhost`, `127.0.0.1` or `[::1]`; then optionally `:` and 1–5 digits.
/// Such a string may still not be a serialized origin (`https://a..b`, a default or too large port): see
/// [`serialized_origin`].
pub fn origin_has_shape(raw: &str) -> bool {
    let host_port = if let Some(rest) = raw.strip_prefix("https://") {
        let host_end = rest.find(':').unwrap_or(rest.len());
        let host = &rest[..host_end];
        let edge_ok =
            |c: Option<char>| c.is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        let host_ok = edge_ok(host.chars().next())
            && edge_ok(host.chars().last())
            && host
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-');
        if !host_ok {
            return false;
        }
        &rest[host_end..]
    } else if let Some(rest) = raw.strip_prefix("http://") {
        match ["localhost", "127.0.0.1", "[::1]"]
            .into_iter()
            .find_map(|host| rest.strip_prefix(host))
        {
            Some(port) => port,
            None => return false,
        }
    } else {
        return false;
    };
    match host_port.strip_prefix(':') {
        None => host_port.is_empty(),
        Some(port) => (1..=5).contains(&port.len()) && port.bytes().all(|b| b.is_ascii_digit()),
    }
}

/// Checks that `raw` is a serialized origin exactly as a browser sends it in `Origin` (`https://plugin.example.com`,
/// `http://localhost:3000`): a scheme, a lowercase host and an optional non-default port, without path, trailing
/// slash, query, fragment or user name. Returns it, or what is wrong.
pub fn serialized_origin(raw: &str, rules: OriginRules) -> Result<String, String> {
    if raw.trim().is_empty() {
        return Err("must not be empty".into());
    }
    if raw.chars().count() > MAX_ORIGIN_LEN {
        return Err(format!("must be at most {MAX_ORIGIN_LEN} characters"));
    }
    if raw.contains('*') {
        return Err("must be one exact origin; wildcards are not accepted".into());
    }
    let example = "such as https://plugin.example.com";
    let url = url::Url::parse(raw).map_err(|_| format!("must be an origin {example}"))?;
    if !matches!(url.scheme(), "https" | "http") {
        return Err(format!("must be an http or https origin {example}"));
    }
    let origin = url.origin();
    if !origin.is_tuple() {
        return Err(format!("must be an origin {example}"));
    }
    if let OriginRules::Workspace(environment) = rules {
        let loopback = match url.host() {
            Some(url::Host::Domain(name)) => name == "localhost",
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        };
        if url.scheme() == "http" && !(loopback && environment == Environment::Development) {
            return Err(
                "must use https (http is accepted only for localhost, 127.0.0.1 or [::1] in development)"
                    .into(),
            );
        }
    }
    let serialized = origin.ascii_serialization();
    if serialized != raw {
        return Err(format!(
            "must be a serialized origin: scheme, lowercase host and optional port, with no path, trailing slash, \
             query, fragment or user name (did you mean {serialized}?)"
        ));
    }
    Ok(serialized)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEV: OriginRules = OriginRules::Workspace(Environment::Development);
    const PROD: OriginRules = OriginRules::Workspace(Environment::Production);

    #[test]
    fn the_documented_pattern_and_the_shape_check_agree() {
        let pattern = regex::Regex::new(ORIGIN_PATTERN).unwrap();
        for sample in [
            "https://plugin.example.com",
            "https://a",
            "https://a-b.c:8443",
            "http://localhost:3000",
            "http://127.0.0.1",
            "http://[::1]:8080",
            "https://-a.com",
            "https://a.com-",
            "https://Plugin.example.com",
            "https://plugin.example.com/",
            "https://a.com:123456",
            "https://a.com:",
            "http://example.com",
            "ftp://a.com",
            "",
        ] {
            assert_eq!(
                pattern.is_match(sample),
                origin_has_shape(sample),
                "{sample}"
            );
        }
    }

    #[test]
    fn serialized_origins_are_accepted_as_sent() {
        for good in [
            "https://plugin.example.com",
            "https://plugin.example.com:8443",
            "https://xn--bcher-kva.example",
        ] {
            assert_eq!(serialized_origin(good, PROD).as_deref(), Ok(good));
        }
        assert!(serialized_origin("http://localhost:3000", DEV).is_ok());
        assert!(serialized_origin("http://127.0.0.1:5173", DEV).is_ok());
        assert!(serialized_origin("http://[::1]:5173", DEV).is_ok());
    }

    #[test]
    fn the_documented_origin_shape() {
        for good in [
            "https://plugin.example.com",
            "https://a",
            "https://x-1.example.com:8443",
            "http://localhost:5173",
            "http://127.0.0.1",
            "http://[::1]:3000",
            "https://a..b",
            "https://example.com:00000",
        ] {
            assert!(origin_has_shape(good), "{good}");
        }
        for bad in [
            "",
            "https://",
            "https://-a.com",
            "https://a.com-",
            "https://A.com",
            "https://a.com/",
            "https://a.com:",
            "https://a.com:123456",
            "http://plugin.example.com",
            "http://localhost.evil",
            "https://[2001:db8::1]",
            "ftp://a.com",
        ] {
            assert!(!origin_has_shape(bad), "{bad}");
        }
    }

    #[test]
    fn anything_but_a_serialized_origin_is_refused_with_a_reason() {
        for bad in [
            "",
            "plugin.example.com",
            "https://plugin.example.com/",
            "https://plugin.example.com/app",
            "https://plugin.example.com?x=1",
            "https://plugin.example.com#top",
            "https://Plugin.Example.com",
            "https://plugin.example.com:443",
            "https://ada@plugin.example.com",
            "https://*.example.com",
            "*",
            "null",
            "ftp://plugin.example.com",
            "file:///etc/passwd",
        ] {
            assert!(
                serialized_origin(bad, PROD).is_err(),
                "{bad:?} was accepted"
            );
        }
        let long = format!("https://{}.example.com", "a".repeat(250));
        assert!(serialized_origin(&long, PROD)
            .unwrap_err()
            .contains("at most 255"));
        assert!(serialized_origin("https://Plugin.example.com", PROD)
            .unwrap_err()
            .contains("did you mean https://plugin.example.com?"));
    }

    #[test]
    fn plain_http_is_for_loopback_in_development_only() {
        assert!(serialized_origin("http://plugin.example.com", DEV).is_err());
        assert!(serialized_origin("http://localhost:3000", PROD).is_err());
        assert!(serialized_origin("http://plugin.example.com", OriginRules::Operator).is_ok());
    }
}
