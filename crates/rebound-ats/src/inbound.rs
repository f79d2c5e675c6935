//! Inbound ATS webhooks: how each vendor signs a delivery, how a delivery is told apart from a replay, and which of
//! its events Rebound acts on. Pure: the handler passes the raw body and headers in, before anything is parsed.
//!
//! - **Merge** sends `X-Merge-Webhook-Signature`: base64url of HMAC-SHA256(signature key, raw body). Merge sends
//!   no delivery id or timestamp and recommends the signature itself as a delivery's unique key.
//! - **Greenhouse** sends `Signature: sha256 <hex HMAC-SHA256(secret key, raw body)>` and a `Greenhouse-Event-ID`
//!   header; no timestamp either.
//!
//! Either signature covers the raw body and nothing else: not the event id header, not the spelling of the
//! signature itself (`SHA256`, upper-case hex, base64 with or without `=` all verify). So a delivery is remembered
//! by what was signed, the SHA-256 of its raw body ([`delivery_key`]), never by header text an attacker can vary.
//! Neither vendor signs a timestamp, so there is no freshness window to apply; the body's own modification time
//! (Merge's `remote_updated_at`) keeps a stale change from reverting a newer one (`service::imports`).

use base64::Engine;
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Digest;
use sha2::Sha256;

use crate::merge::{MergeBundle, ScheduledInterview};
use crate::Lenient;
use crate::{
    clean_text, Import, ImportBatch, ImportedInterview, Skipped, SOURCE_GREENHOUSE, SOURCE_MERGE,
};

type HmacSha256 = Hmac<Sha256>;

rebound_domain::wire_enum! {
    /// The ATS (or unified-API vendor) a receiver takes deliveries from.
    pub enum Vendor {
        /// Merge's unified ATS API (`X-Merge-Webhook-Signature`).
        Merge = "merge",
        /// Greenhouse Recruiting web hooks (`Signature: sha256 …`).
        Greenhouse = "greenhouse",
    }
}

/// Merge's signature header.
pub const MERGE_SIGNATURE_HEADER: &str = "X-Merge-Webhook-Signature";
/// Greenhouse's signature header.
pub const GREENHOUSE_SIGNATURE_HEADER: &str = "Signature";
/// Greenhouse's per-delivery id header.
pub const GREENHOUSE_EVENT_ID_HEADER: &str = "Greenhouse-Event-ID";

fn mac(key: &[u8], body: &[u8]) -> HmacSha256 {
    // HMAC takes keys of any length; `new_from_slice` cannot fail for it.
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC accepts any key length");
    mac.update(body);
    mac
}

fn hex_decode(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

fn hex_encode(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// base64url, padded or not (Merge's own examples pad; some proxies strip it).
const URL_SAFE_ANY_PADDING: base64::engine::GeneralPurpose = base64::engine::GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    base64::engine::GeneralPurposeConfig::new()
        .with_encode_padding(true)
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
);

impl Vendor {
    /// The header carrying this vendor's signature.
    pub fn signature_header(self) -> &'static str {
        match self {
            Vendor::Merge => MERGE_SIGNATURE_HEADER,
            Vendor::Greenhouse => GREENHOUSE_SIGNATURE_HEADER,
        }
    }

    /// The signature header value this vendor would send for `body` signed with `key` (for tests and the docs'
    /// examples; verification never compares strings).
    pub fn sign(self, key: &[u8], body: &[u8]) -> String {
        let tag = mac(key, body).finalize().into_bytes();
        match self {
            Vendor::Merge => URL_SAFE_ANY_PADDING.encode(tag),
            Vendor::Greenhouse => format!("sha256 {}", hex_encode(&tag)),
        }
    }

    /// Whether `header` (the signature header's value, if any) is this vendor's signature of `body` under `key`.
    /// The tag is decoded and compared in constant time (`Mac::verify_slice`); a missing, malformed or
    /// wrong-length value is simply not a signature.
    pub fn verify(self, key: &[u8], body: &[u8], header: Option<&str>) -> bool {
        let Some(header) = header.map(str::trim) else {
            return false;
        };
        let tag = match self {
            Vendor::Merge => URL_SAFE_ANY_PADDING.decode(header).ok(),
            Vendor::Greenhouse => header
                .split_once(' ')
                .filter(|(algorithm, _)| algorithm.eq_ignore_ascii_case("sha256"))
                .and_then(|(_, hex)| hex_decode(hex.trim())),
        };
        tag.is_some_and(|tag| mac(key, body).verify_slice(&tag).is_ok())
    }

    /// The key the previous release remembered a delivery by: the SHA-256 of the signature header's text, in the
    /// form the vendor sends it (for Greenhouse, only when no `Greenhouse-Event-ID` came). Looked up alongside
    /// [`delivery_key`] until every such record has aged out (`REMEMBER_DELIVERIES_DAYS` after the upgrade), so a
    /// delivery applied before the upgrade is not applied again after it; never stored any more.
    pub fn legacy_delivery_key(self, key: &[u8], body: &[u8]) -> String {
        format!("signature:{:x}", Sha256::digest(self.sign(key, body)))
    }
}

/// The key a verified delivery is remembered by, to refuse a second copy of it: the vendor and the SHA-256 of the
/// raw body, which is exactly what the signature covers. Headers the signature does not cover (Greenhouse's
/// `Greenhouse-Event-ID`) and the spelling of the signature (case, padding) play no part, so re-sending a captured
/// body with another event id, `SHA256`, upper-case hex or unpadded base64 is the same delivery. (A body and one
/// key have exactly one MAC, so keying on the decoded MAC would be equivalent.) Two deliveries of identical bytes
/// are the same change: Merge's duplicates are, and a Greenhouse retry resends the same body.
pub fn delivery_key(vendor: Vendor, body: &[u8]) -> String {
    format!("{}:body-sha256:{:x}", vendor.as_str(), Sha256::digest(body))
}

/// A verified key compared against when the receiver does not exist, so an unknown receiver costs the same HMAC
/// as a known one and timing does not tell them apart.
pub fn verify_against_nothing(vendor: Vendor, body: &[u8], header: Option<&str>) -> bool {
    vendor.verify(b"no receiver has this key", body, header)
}

/// What a Merge change to a scheduled interview means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeChange {
    Added,
    Changed,
    Removed,
}

/// A verified delivery, classified by its event.
#[derive(Debug, Clone, PartialEq)]
pub enum InboundEvent {
    /// Merge `ScheduledInterview.added|changed|removed`; `data` is the ScheduledInterview common-model object.
    MergeScheduledInterview {
        change: MergeChange,
        data: serde_json::Value,
        /// The hiring company: the linked account's `end_user_organization_name`.
        company: Option<String>,
    },
    /// Greenhouse `interview_deleted`: a scheduled interview was cancelled or deleted; only its id is sent.
    GreenhouseInterviewDeleted { scheduled_interview_id: String },
    /// Greenhouse's `ping`, sent when a web hook is saved: acknowledged, nothing to apply.
    Ping,
    /// Any other event: acknowledged (200) so the ATS stops retrying, and not applied.
    Ignored { event: String },
}

impl InboundEvent {
    /// The vendor's own name of the event (for the answer and the logs).
    pub fn name(&self) -> String {
        match self {
            InboundEvent::MergeScheduledInterview { change, .. } => format!(
                "ScheduledInterview.{}",
                match change {
                    MergeChange::Added => "added",
                    MergeChange::Changed => "changed",
                    MergeChange::Removed => "removed",
                }
            ),
            InboundEvent::GreenhouseInterviewDeleted { .. } => "interview_deleted".into(),
            InboundEvent::Ping => "ping".into(),
            InboundEvent::Ignored { event } => event.clone(),
        }
    }
}

#[derive(Deserialize)]
struct MergeEnvelope {
    hook: MergeHook,
    #[serde(default)]
    linked_account: Option<MergeLinkedAccount>,
    #[serde(default)]
    data: serde_json::Value,
}

#[derive(Deserialize)]
struct MergeLinkedAccount {
    #[serde(default)]
    end_user_organization_name: Option<String>,
}

#[derive(Deserialize)]
struct MergeHook {
    event: String,
}

#[derive(Deserialize)]
struct GreenhouseEnvelope {
    action: String,
    #[serde(default)]
    payload: serde_json::Value,
}

/// Why a verified body cannot be classified: it is not the vendor's envelope. Names the missing or wrong field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvelopeError {
    pub field: &'static str,
    pub message: String,
}

/// Classifies a verified body (call only after [`Vendor::verify`]). Unknown fields are ignored: vendors add them.
pub fn classify(vendor: Vendor, body: &[u8]) -> Result<InboundEvent, EnvelopeError> {
    match vendor {
        Vendor::Merge => {
            let envelope: MergeEnvelope =
                serde_json::from_slice(body).map_err(|error| EnvelopeError {
                    field: "hook.event",
                    message: format!(
                        "not a Merge webhook body ({{hook: {{event}}, data}}): {error}"
                    ),
                })?;
            let change = match envelope.hook.event.as_str() {
                "ScheduledInterview.added" => MergeChange::Added,
                "ScheduledInterview.changed" => MergeChange::Changed,
                "ScheduledInterview.removed" => MergeChange::Removed,
                _ => {
                    return Ok(InboundEvent::Ignored {
                        event: envelope.hook.event,
                    })
                }
            };
            if !envelope.data.is_object() {
                return Err(EnvelopeError {
                    field: "data",
                    message: "must be the ScheduledInterview object".into(),
                });
            }
            Ok(InboundEvent::MergeScheduledInterview {
                change,
                data: envelope.data,
                company: envelope
                    .linked_account
                    .and_then(|account| clean_text(account.end_user_organization_name.as_deref())),
            })
        }
        Vendor::Greenhouse => {
            let envelope: GreenhouseEnvelope =
                serde_json::from_slice(body).map_err(|error| EnvelopeError {
                    field: "action",
                    message: format!(
                        "not a Greenhouse web hook body ({{action, payload}}): {error}"
                    ),
                })?;
            match envelope.action.as_str() {
                "ping" => Ok(InboundEvent::Ping),
                "interview_deleted" => {
                    let id = &envelope.payload["interview"]["id"];
                    let id = match id {
                        serde_json::Value::Number(n) => n.to_string(),
                        serde_json::Value::String(s) if !s.trim().is_empty() => s.trim().into(),
                        _ => {
                            return Err(EnvelopeError {
                                field: "payload.interview.id",
                                message: "must be the scheduled interview's id".into(),
                            })
                        }
                    };
                    Ok(InboundEvent::GreenhouseInterviewDeleted {
                        scheduled_interview_id: id,
                    })
                }
                _ => Ok(InboundEvent::Ignored {
                    event: envelope.action,
                }),
            }
        }
    }
}

/// The import an event asks for: `None` for events that change nothing (a ping, an event Rebound ignores).
///
/// - Merge `ScheduledInterview.added|changed`: the `data` object as a one-interview Merge import, with the linked
///   account's organization as the company. Merge sends related objects by id unless they were expanded; the import
///   resolves those ids against the objects earlier Merge imports (and deliveries) into the workspace brought
///   (`service::imports::run`), so an interview whose application is known neither way is `skipped` naming
///   `application`.
/// - Merge `ScheduledInterview.removed`, and a `data` with `remote_was_deleted: true`: the interview with that
///   `remote_id` (else Merge `id`) is deleted, like an import's deletion; nothing else in `data` is needed.
/// - Greenhouse `interview_deleted`: the interview imported with that scheduled interview id is deleted.
pub fn import_of(event: &InboundEvent) -> Option<Import> {
    match event {
        InboundEvent::Ping | InboundEvent::Ignored { .. } => None,
        InboundEvent::GreenhouseInterviewDeleted {
            scheduled_interview_id,
        } => Some(deletion(SOURCE_GREENHOUSE, scheduled_interview_id)),
        InboundEvent::MergeScheduledInterview {
            change,
            data,
            company,
        } => {
            let interview: ScheduledInterview = match serde_json::from_value(data.clone()) {
                Ok(interview) => interview,
                Err(error) => {
                    let remote_id = data["remote_id"].as_str().or(data["id"].as_str());
                    return Some(skipped(
                        remote_id.unwrap_or_default(),
                        "data",
                        format!("not a Merge ScheduledInterview: {error}"),
                    ));
                }
            };
            let remote_id = clean_text(interview.remote_id.as_deref())
                .or_else(|| clean_text(interview.id.as_deref()));
            let removed =
                *change == MergeChange::Removed || interview.remote_was_deleted == Some(true);
            match (removed, remote_id) {
                (true, Some(remote_id)) => Some(deletion(SOURCE_MERGE, &remote_id)),
                (_, None) => Some(skipped(
                    "",
                    "data.remote_id",
                    "the interview has neither a remote_id nor an id",
                )),
                (false, Some(remote_id)) => {
                    let Some(company) = company.clone() else {
                        return Some(skipped(
                            remote_id,
                            "linked_account.end_user_organization_name",
                            "missing: the hiring company's name comes from the linked account",
                        ));
                    };
                    Some(Import::Merge(MergeBundle {
                        company,
                        interviews: vec![Lenient::Parsed(interview)],
                        ..MergeBundle::default()
                    }))
                }
            }
        }
    }
}

/// An import that deletes the interview imported from `source` as `remote_id`.
fn deletion(source: &'static str, remote_id: &str) -> Import {
    Import::Mapped(ImportBatch {
        interviews: vec![ImportedInterview::deletion(source, remote_id.to_string())],
        ..ImportBatch::default()
    })
}

/// An import of nothing that reports why.
fn skipped(remote_id: impl Into<String>, field: &str, reason: impl Into<String>) -> Import {
    Import::Mapped(ImportBatch {
        skipped: vec![Skipped::new(remote_id, field, reason)],
        ..ImportBatch::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 4231, test case 2: HMAC-SHA256(key "Jefe", "what do ya want for nothing?"). Neither vendor publishes a
    // key-and-body example, so the RFC's vector checks both encodings of the same tag.
    const KEY: &[u8] = b"Jefe";
    const DATA: &[u8] = b"what do ya want for nothing?";
    const TAG_HEX: &str = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    const TAG_BASE64URL: &str = "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=";

    #[test]
    fn signatures_match_the_rfc_4231_vector_in_each_vendors_encoding() {
        assert_eq!(
            Vendor::Greenhouse.sign(KEY, DATA),
            format!("sha256 {TAG_HEX}")
        );
        assert_eq!(Vendor::Merge.sign(KEY, DATA), TAG_BASE64URL);
        assert!(Vendor::Greenhouse.verify(KEY, DATA, Some(&format!("sha256 {TAG_HEX}"))));
        assert!(Vendor::Greenhouse.verify(
            KEY,
            DATA,
            Some(&format!("SHA256 {}", TAG_HEX.to_uppercase()))
        ));
        assert!(Vendor::Merge.verify(KEY, DATA, Some(TAG_BASE64URL)));
        assert!(
            Vendor::Merge.verify(KEY, DATA, Some(TAG_BASE64URL.trim_end_matches('='))),
            "unpadded"
        );
    }

    #[test]
    fn a_tampered_body_a_wrong_key_or_a_malformed_header_does_not_verify() {
        let merge = Vendor::Merge.sign(KEY, DATA);
        let greenhouse = Vendor::Greenhouse.sign(KEY, DATA);
        for vendor in Vendor::ALL {
            let good = if *vendor == Vendor::Merge {
                &merge
            } else {
                &greenhouse
            };
            assert!(!vendor.verify(KEY, b"what do ya want for nothing!", Some(good)));
            assert!(!vendor.verify(b"Jeff", DATA, Some(good)));
            assert!(!vendor.verify(KEY, DATA, None));
            assert!(!vendor.verify(KEY, DATA, Some("")));
            assert!(!vendor.verify(KEY, DATA, Some(&good[..good.len() - 4])));
        }
        // Each vendor's encoding is not accepted for the other.
        assert!(!Vendor::Merge.verify(KEY, DATA, Some(&greenhouse)));
        assert!(!Vendor::Greenhouse.verify(KEY, DATA, Some(&merge)));
        assert!(!Vendor::Greenhouse.verify(KEY, DATA, Some(&format!("sha1 {TAG_HEX}"))));
        assert!(
            !Vendor::Greenhouse.verify(KEY, DATA, Some(TAG_HEX)),
            "no algorithm"
        );
        assert!(!Vendor::Greenhouse.verify(KEY, DATA, Some("sha256 zz")));
        assert!(!verify_against_nothing(Vendor::Merge, DATA, Some(&merge)));
    }

    #[test]
    fn delivery_keys_hash_the_body_whatever_the_headers_say() {
        let key = delivery_key(Vendor::Greenhouse, DATA);
        assert_eq!(
            key,
            format!("greenhouse:body-sha256:{:x}", Sha256::digest(DATA))
        );
        assert_ne!(
            key,
            delivery_key(Vendor::Merge, DATA),
            "the vendor is part of the key"
        );
        assert_ne!(
            key,
            delivery_key(Vendor::Greenhouse, b"what do ya want for nothing!")
        );
        assert_eq!(
            Vendor::Merge.legacy_delivery_key(KEY, DATA),
            format!("signature:{:x}", Sha256::digest(TAG_BASE64URL)),
            "the previous release hashed the header as Merge sends it"
        );
    }

    #[test]
    fn events_are_classified_and_unknown_ones_ignored() {
        let merge = br#"{"hook":{"id":"h","event":"ScheduledInterview.changed","target":"t"},
            "linked_account":{"id":"la"},"data":{"id":"si-1","remote_id":"r1"},"extra":1}"#;
        let InboundEvent::MergeScheduledInterview {
            change,
            data,
            company,
        } = classify(Vendor::Merge, merge).unwrap()
        else {
            panic!("not a scheduled interview");
        };
        assert_eq!(change, MergeChange::Changed);
        assert_eq!(data["remote_id"], "r1");
        assert_eq!(company, None, "no end_user_organization_name");
        assert_eq!(
            classify(
                Vendor::Merge,
                br#"{"hook":{"event":"Candidate.added"},"data":{}}"#
            ),
            Ok(InboundEvent::Ignored {
                event: "Candidate.added".into()
            })
        );
        assert_eq!(
            classify(
                Vendor::Merge,
                br#"{"hook":{"event":"ScheduledInterview.added"},"data":null}"#
            )
            .unwrap_err()
            .field,
            "data"
        );
        assert_eq!(
            classify(
                Vendor::Greenhouse,
                br#"{"action":"interview_deleted","payload":{"interview":{"id":31087450}}}"#
            ),
            Ok(InboundEvent::GreenhouseInterviewDeleted {
                scheduled_interview_id: "31087450".into()
            })
        );
        assert_eq!(
            classify(Vendor::Greenhouse, br#"{"action":"ping","payload":{}}"#),
            Ok(InboundEvent::Ping)
        );
        assert_eq!(
            classify(
                Vendor::Greenhouse,
                br#"{"action":"new_candidate_application","payload":{}}"#
            )
            .unwrap()
            .name(),
            "new_candidate_application"
        );
        assert_eq!(
            classify(Vendor::Greenhouse, b"not json").unwrap_err().field,
            "action"
        );
    }

    #[test]
    fn events_map_to_import_batches_and_deletions_need_only_the_remote_id() {
        // What the import maps, before anything remembered is added.
        fn mapped(import: Option<Import>) -> ImportBatch {
            match import.expect("an import") {
                Import::Mapped(batch) => batch,
                Import::Merge(bundle) => crate::merge::map_bundle(&bundle),
            }
        }
        assert_eq!(import_of(&InboundEvent::Ping), None);
        let deleted = mapped(import_of(&InboundEvent::GreenhouseInterviewDeleted {
            scheduled_interview_id: "31087450".into(),
        }));
        assert_eq!(deleted.interviews.len(), 1);
        assert!(deleted.interviews[0].deleted);
        assert_eq!(deleted.interviews[0].source, SOURCE_GREENHOUSE);
        assert_eq!(deleted.interviews[0].remote_id, "31087450");

        let merge = |event: &str, data: serde_json::Value, company: Option<&str>| {
            let body = serde_json::json!({"hook": {"event": event}, "data": data,
                "linked_account": {"end_user_organization_name": company}});
            mapped(import_of(
                &classify(Vendor::Merge, body.to_string().as_bytes()).unwrap(),
            ))
        };
        let removed = merge(
            "ScheduledInterview.removed",
            serde_json::json!({"id": "m-int-1", "remote_id": "int-500", "application": "m-app-1"}),
            None,
        );
        assert!(removed.interviews[0].deleted);
        assert_eq!(removed.interviews[0].remote_id, "int-500");

        // Linked objects by id only: nothing to resolve them against until the import adds what it remembered.
        let by_id = merge(
            "ScheduledInterview.changed",
            serde_json::json!({"id": "m-int-1", "remote_id": "int-500", "application": "m-app-1",
                "start_at": "2026-11-20T14:00:00Z"}),
            Some("Harbor & Finch"),
        );
        assert!(by_id.interviews.is_empty());
        assert_eq!(by_id.skipped[0].remote_id, "int-500");
        assert_eq!(by_id.skipped[0].field, "application");

        let expanded = merge(
            "ScheduledInterview.added",
            serde_json::json!({"id": "m-int-1", "remote_id": "int-500",
                "application": {"id": "m-app-1", "candidate": {"id": "m-c", "remote_id": "c-1",
                    "first_name": "Dana", "last_name": "Okafor"}, "job": {"id": "m-j", "name": "Analyst"}},
                "start_at": "2026-11-20T14:00:00Z", "end_at": "2026-11-20T15:00:00Z", "interviewers": null}),
            Some("Harbor & Finch"),
        );
        assert_eq!(expanded.interviews.len(), 1, "{expanded:?}");
        assert_eq!(expanded.interviews[0].company, "Harbor & Finch");
        assert_eq!(expanded.candidates[0].external_id, "c-1");

        let no_company = merge(
            "ScheduledInterview.added",
            serde_json::json!({"remote_id": "int-9"}),
            None,
        );
        assert_eq!(
            no_company.skipped[0].field,
            "linked_account.end_user_organization_name"
        );
        let malformed = merge(
            "ScheduledInterview.added",
            serde_json::json!({"remote_id": "int-9", "interviewers": "nope"}),
            Some("X"),
        );
        assert_eq!(malformed.skipped[0].field, "data");
    }
}
