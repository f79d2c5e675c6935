//! A JSON document kept as the text it was serialised to. A created resource is serialised once: the same text is
//! the response body, the event's `data`, and the answer stored for the idempotency key, and a stored document is
//! sent back as it was read, without a round through `serde_json::Value` on either side.

use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

/// Valid JSON text (only ever made by serialising a value, or read from a `jsonb` column and checked again).
#[derive(Debug, Clone)]
#[cfg_attr(
    feature = "diesel",
    derive(diesel::AsExpression, diesel::FromSqlRow),
    diesel(sql_type = diesel::sql_types::Jsonb)
)]
pub struct JsonText(Box<RawValue>);

impl JsonText {
    /// `value` serialised.
    pub fn of<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<Self> {
        serde_json::value::to_raw_value(value).map(Self)
    }

    /// `text` checked to be one JSON value (whitespace around it is dropped).
    pub fn parse(text: String) -> serde_json::Result<Self> {
        RawValue::from_string(text).map(Self)
    }

    pub fn as_str(&self) -> &str {
        self.0.get()
    }

    /// The document as a tree, for callers that look inside it.
    pub fn to_value(&self) -> serde_json::Result<serde_json::Value> {
        serde_json::from_str(self.as_str())
    }
}

/// The JSON text of a `jsonb` value as PostgreSQL sends it in binary: a version byte (1), then the text. A column
/// whose type changed to `json` sends the bare text instead, which never starts with byte 1 (JSON text starts with
/// whitespace, a bracket, a quote, a digit, `-`, `t`, `f` or `n`): both are read, so a release reading `jsonb` keeps
/// working while a later one moves its documents to `json`.
pub fn jsonb_text(bytes: &[u8]) -> Result<&[u8], &'static str> {
    match bytes.split_first() {
        Some((1, text)) => Ok(text),
        Some((
            b'{'
            | b'['
            | b'"'
            | b'-'
            | b'0'..=b'9'
            | b't'
            | b'f'
            | b'n'
            | b' '
            | b'\t'
            | b'\n'
            | b'\r',
            _,
        )) => Ok(bytes),
        _ => Err("unsupported jsonb encoding version"),
    }
}

/// Two documents are equal when their texts are: `JsonText` is for documents written once and passed on.
impl PartialEq for JsonText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for JsonText {}

/// Written into the enclosing document as it is.
impl Serialize for JsonText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl From<JsonText> for String {
    fn from(text: JsonText) -> Self {
        Box::<str>::from(text.0).into_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_document_is_embedded_as_written_and_reads_back_as_the_value() {
        let text =
            JsonText::of(&json!({"id": "a1", "version": 3, "steps": [1, 2]})).expect("serialises");
        assert_eq!(text.as_str(), r#"{"id":"a1","version":3,"steps":[1,2]}"#);
        let outer = serde_json::to_string(&json!({"data": text.to_value().expect("parses")}))
            .expect("serialises");
        let embedded = serde_json::to_string(&serde_json::json!({"data": null}))
            .expect("serialises")
            .replace("null", text.as_str());
        assert_eq!(outer, embedded);
        #[derive(Serialize)]
        struct Envelope {
            data: JsonText,
        }
        assert_eq!(
            serde_json::to_string(&Envelope { data: text.clone() }).expect("serialises"),
            embedded
        );
    }

    #[test]
    fn jsonb_is_read_with_or_without_its_version_byte() {
        assert_eq!(jsonb_text(b"\x01{\"a\":1}"), Ok(&b"{\"a\":1}"[..]));
        assert_eq!(jsonb_text(b"{\"a\":1}"), Ok(&b"{\"a\":1}"[..]));
        assert_eq!(jsonb_text(b"[1]"), Ok(&b"[1]"[..]));
        assert!(jsonb_text(b"\x02{}").is_err());
        assert!(jsonb_text(b"").is_err());
    }

    #[test]
    fn text_that_is_not_one_json_value_is_refused() {
        assert!(JsonText::parse("{\"a\": 1".into()).is_err());
        assert!(JsonText::parse("1 2".into()).is_err());
        assert_eq!(
            JsonText::parse(" [1] ".into()).expect("valid").as_str(),
            "[1]"
        );
    }
}
