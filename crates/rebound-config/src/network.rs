//! Address ranges in CIDR notation (`10.0.0.0/8`, `2001:db8::/32`, or a single address), for
//! `REBOUND_TRUSTED_PROXIES`.

use std::fmt;
use std::net::IpAddr;

use ipnet::IpNet;

/// An IPv4 or IPv6 network: an address and how many leading bits of it count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpNetwork(IpNet);

impl IpNetwork {
    /// Parses `address` or `address/prefix`. Bits past the prefix must be zero (`10.0.0.1/8` is refused as a
    /// likely mistake).
    pub fn parse(text: &str) -> Result<Self, String> {
        let network = match text.parse::<IpNet>() {
            Ok(network) => network,
            Err(_) if !text.contains('/') => text
                .parse::<IpAddr>()
                .map(IpNet::from)
                .map_err(|_| format!("`{text}` is not an IP address or CIDR range"))?,
            Err(_) => {
                return Err(format!(
                "`{text}` is not a CIDR range (an address, `/` and a prefix length that fits it)"
            ))
            }
        };
        if network.trunc() != network {
            return Err(format!(
                "`{text}` has bits set past its prefix length; write the network's first address"
            ));
        }
        Ok(IpNetwork(network))
    }

    /// Whether `ip` is in the network. An IPv4-mapped IPv6 address (`::ffff:a.b.c.d`, as dual-stack listeners
    /// report IPv4 peers) counts as its IPv4 address.
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        self.0.contains(&ip)
    }
}

impl fmt::Display for IpNetwork {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn ranges_and_single_addresses_match_what_they_cover() {
        let private = IpNetwork::parse("10.0.0.0/8").unwrap();
        assert!(private.contains(ip("10.1.2.3")));
        assert!(!private.contains(ip("11.0.0.1")));
        assert!(private.contains(ip("::ffff:10.9.9.9")), "IPv4-mapped");
        let one = IpNetwork::parse("127.0.0.1").unwrap();
        assert!(one.contains(ip("127.0.0.1")));
        assert!(!one.contains(ip("127.0.0.2")));
        let v6 = IpNetwork::parse("2001:db8::/32").unwrap();
        assert!(v6.contains(ip("2001:db8:1::5")));
        assert!(!v6.contains(ip("2001:db9::1")));
        assert!(!v6.contains(ip("10.0.0.1")));
        let everything = IpNetwork::parse("0.0.0.0/0").unwrap();
        assert!(everything.contains(ip("203.0.113.9")));
        assert!(!everything.contains(ip("::1")));
        assert_eq!(v6.to_string(), "2001:db8::/32");
    }

    #[test]
    fn malformed_ranges_are_refused() {
        for bad in [
            "10.0.0.1/8",
            "10.0.0.0/33",
            "::/129",
            "proxy.internal",
            "10.0.0.0/",
            "",
        ] {
            assert!(IpNetwork::parse(bad).is_err(), "{bad}");
        }
    }
}
