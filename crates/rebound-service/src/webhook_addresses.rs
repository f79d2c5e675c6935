//! Where webhook deliveries may go. One rule set for IP literals in endpoint URLs and for the addresses names
//! resolve to: loopback only where the settings allow it (development), nothing internal (private, link-local with
//! cloud metadata, shared, benchmarking, documentation, reserved, multicast) unless `REBOUND_WEBHOOK_ALLOW_PRIVATE`,
//! seen through every IPv6 form that embeds an IPv4 address (mapped `::ffff:a.b.c.d`, compatible `::a.b.c.d`,
//! NAT64 `64:ff9b::/96`, 6to4 `2002::/16`).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use rebound_config::WebhookSettings;

/// What an address is, as far as deliveries go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressClass {
    /// Reachable on the internet.
    Public,
    /// This host itself.
    Loopback,
    /// Anything else that is not public.
    Internal,
}

/// Whether a delivery may go to `ip`.
pub fn is_allowed(ip: IpAddr, settings: &WebhookSettings) -> bool {
    settings.allow_private
        || match classify(ip) {
            AddressClass::Public => true,
            AddressClass::Loopback => settings.allow_loopback,
            AddressClass::Internal => false,
        }
}

/// The class of `ip`; an IPv6 address embedding an IPv4 one is classed by the embedded address.
pub fn classify(ip: IpAddr) -> AddressClass {
    match ip {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => classify_v6(v6),
    }
}

fn classify_v4(v4: Ipv4Addr) -> AddressClass {
    if v4.is_loopback() {
        return AddressClass::Loopback;
    }
    let [a, b, c, _] = v4.octets();
    let internal = v4.is_private()
        || v4.is_link_local()
        || v4.is_unspecified()
        || v4.is_broadcast()
        || v4.is_multicast()
        || v4.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b)) // shared address space (carrier-grade NAT)
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 198 && (b & 0xfe) == 18) // benchmarking, 198.18.0.0/15
        || a >= 240;
    if internal {
        AddressClass::Internal
    } else {
        AddressClass::Public
    }
}

fn classify_v6(v6: Ipv6Addr) -> AddressClass {
    if v6.is_loopback() {
        return AddressClass::Loopback;
    }
    if v6.is_unspecified() {
        return AddressClass::Internal;
    }
    // IPv4-mapped `::ffff:a.b.c.d` and IPv4-compatible `::a.b.c.d`: this host's IPv4 stack.
    if let Some(v4) = v6.to_ipv4() {
        return classify_v4(v4);
    }
    let s = v6.segments();
    // NAT64 (`64:ff9b::/96`) and 6to4 (`2002::/16`) reach the embedded IPv4 address through a gateway: whatever
    // is not public there is internal.
    let embedded = if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        Some(Ipv4Addr::from((u32::from(s[6]) << 16) | u32::from(s[7])))
    } else if s[0] == 0x2002 {
        Some(Ipv4Addr::from((u32::from(s[1]) << 16) | u32::from(s[2])))
    } else {
        None
    };
    if let Some(v4) = embedded {
        return match classify_v4(v4) {
            AddressClass::Public => AddressClass::Public,
            _ => AddressClass::Internal,
        };
    }
    let internal = v6.is_multicast()
        || (s[0] & 0xfe00) == 0xfc00 // unique local, fc00::/7
        || (s[0] & 0xffc0) == 0xfe80 // link-local, fe80::/10
        || (s[0] & 0xffc0) == 0xfec0 // site-local (deprecated), fec0::/10
        || (s[0] == 0x2001 && s[1] == 0x0db8) // documentation, 2001:db8::/32
        || (s[0] == 0x64 && s[1] == 0xff9b && s[2] == 1) // local-use NAT64, 64:ff9b:1::/48
        || s[..4] == [0x100, 0, 0, 0]; // discard-only, 100::/64
    if internal {
        AddressClass::Internal
    } else {
        AddressClass::Public
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::delivery::tests::settings;

    fn class(ip: &str) -> AddressClass {
        classify(ip.parse().unwrap())
    }

    #[test]
    fn loopback_in_every_form_is_loopback() {
        for ip in [
            "127.0.0.1",
            "127.9.9.9",
            "::1",
            "::ffff:127.0.0.1",
            "::127.0.0.1",
        ] {
            assert_eq!(class(ip), AddressClass::Loopback, "{ip}");
        }
    }

    #[test]
    fn internal_addresses_and_ipv6_forms_embedding_them_are_internal() {
        for ip in [
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "198.18.0.1",
            "198.19.255.255",
            "192.0.0.8",
            "203.0.113.7",
            "255.255.255.255",
            "::",
            "fd00::1",
            "fc00::1",
            "fe80::1",
            "fec0::1",
            "ff02::1",
            "2001:db8::1",
            "::ffff:10.0.0.1",
            "::ffff:169.254.169.254",
            "::10.0.0.1",
            "64:ff9b::7f00:1",
            "64:ff9b::a9fe:a9fe",
            "64:ff9b::10.0.0.1",
            "64:ff9b:1::8.8.8.8",
            "2002:7f00:1::",
            "2002:a00:1::1",
            "2002:a9fe:a9fe::",
            "100::1",
        ] {
            assert_eq!(class(ip), AddressClass::Internal, "{ip}");
        }
    }

    #[test]
    fn public_addresses_in_every_form_are_public() {
        for ip in [
            "93.184.216.34",
            "198.20.0.1",
            "198.17.255.255",
            "2606:2800:220:1:248:1893:25c8:1946",
            "::ffff:93.184.216.34",
            "64:ff9b::5db8:d822",
            "2002:5db8:d822::1",
        ] {
            assert_eq!(class(ip), AddressClass::Public, "{ip}");
        }
    }

    #[test]
    fn the_settings_decide_about_loopback_and_internal_addresses() {
        let production = settings(false, false);
        let development = settings(false, true);
        let open = settings(true, true);
        for ip in ["127.0.0.1", "::1", "::ffff:127.0.0.1"] {
            let ip = ip.parse().unwrap();
            assert!(!is_allowed(ip, &production));
            assert!(is_allowed(ip, &development));
        }
        for ip in ["10.1.2.3", "fd00::1", "64:ff9b::7f00:1"] {
            let ip = ip.parse().unwrap();
            assert!(!is_allowed(ip, &development));
            assert!(is_allowed(ip, &open));
        }
        assert!(is_allowed("93.184.216.34".parse().unwrap(), &production));
    }
}
