//! How typed values are stored: enums as their wire names in `text` columns (each with a CHECK constraint in the
//! migrations; on the hot write paths a domain over `text` carries it, still `Text` to diesel), and structured
//! lists as `jsonb`, read back through storage structs that tolerate older rows.

use diesel::deserialize::{self, FromSql, Queryable};
use diesel::pg::{Pg, PgValue};
use diesel::sql_types::Jsonb;
use serde::de::DeserializeOwned;

/// A `jsonb` column read into `T`. Storage structs are separate from the API's types and accept what older rows
/// hold (missing optional fields default, unknown fields are ignored), so changing the API never breaks a read.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonColumn<T>(pub T);

/// Read straight from the JSON text (see `jsonb_text`: with or without the version byte), without building a
/// `serde_json::Value` first as diesel's own `jsonb` mapping does.
impl<T: DeserializeOwned> FromSql<Jsonb, Pg> for JsonColumn<T> {
    fn from_sql(value: PgValue<'_>) -> deserialize::Result<Self> {
        let text = rebound_domain::json_text::jsonb_text(value.as_bytes())?;
        Ok(JsonColumn(serde_json::from_slice(text)?))
    }
}

impl<T: DeserializeOwned> Queryable<Jsonb, Pg> for JsonColumn<T> {
    type Row = Self;
    fn build(row: Self) -> deserialize::Result<Self> {
        Ok(row)
    }
}

/// A value for a `jsonb` column. Serialising the plain storage structs cannot fail in practice (no maps with
/// non-string keys, no custom serialisers); the error is passed on rather than hidden.
pub fn json_value<T: serde::Serialize>(value: &T) -> Result<serde_json::Value, serde_json::Error> {
    serde_json::to_value(value)
}

/// A time as a `timestamptz` keeps it: whole microseconds (diesel sends the microseconds since 2000, cutting the
/// rest). A row built before it is written shows this, so the answer matches what is read back later.
pub fn as_stored(at: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
    use chrono::SubsecRound;
    at.trunc_subsecs(6)
}
