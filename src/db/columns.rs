//! How typed values are stored: enums as their wire names in `text` columns (each with a CHECK constraint in the
//! migrations), and structured lists as `jsonb` read back through storage structs that tolerate older rows.

use diesel::deserialize::{self, FromSql, Queryable};
use diesel::expression::AsExpression;
use diesel::pg::{Pg, PgValue};
use diesel::sql_types::{Jsonb, Nullable, SmallInt, Text};
use serde::de::DeserializeOwned;

use crate::domain::SelfRating;

/// Maps enums declared with `wire_enum!` to `text` columns. Writing goes through the `&'static str` wire name, so
/// no allocation and no second spelling; reading refuses a name this build does not know (the CHECK constraints
/// keep such names out of the database in the first place).
macro_rules! enum_columns {
    ($($ty:ty),+ $(,)?) => {$(
        impl FromSql<Text, Pg> for $ty {
            fn from_sql(value: PgValue<'_>) -> deserialize::Result<Self> {
                let text = std::str::from_utf8(value.as_bytes())?;
                <$ty>::parse(text)
                    .ok_or_else(|| format!("unknown {} `{text}` in the database", stringify!($ty)).into())
            }
        }

        impl Queryable<Text, Pg> for $ty {
            type Row = Self;
            fn build(row: Self) -> deserialize::Result<Self> {
                Ok(row)
            }
        }

        impl AsExpression<Text> for $ty {
            type Expression = <&'static str as AsExpression<Text>>::Expression;
            fn as_expression(self) -> Self::Expression {
                <&'static str as AsExpression<Text>>::as_expression(self.as_str())
            }
        }

        impl<'a> AsExpression<Text> for &'a $ty {
            type Expression = <&'a str as AsExpression<Text>>::Expression;
            fn as_expression(self) -> Self::Expression {
                <&'a str as AsExpression<Text>>::as_expression(self.as_str())
            }
        }

        impl AsExpression<Nullable<Text>> for $ty {
            type Expression = <&'static str as AsExpression<Nullable<Text>>>::Expression;
            fn as_expression(self) -> Self::Expression {
                <&'static str as AsExpression<Nullable<Text>>>::as_expression(self.as_str())
            }
        }
    )+};
}

enum_columns!(
    crate::auth::Role,
    crate::auth::ClientType,
    crate::domain::Stage,
    crate::domain::Format,
    crate::domain::Outcome,
    crate::domain::EmployerInterest,
    crate::domain::Noticed,
    crate::domain::Moment,
    crate::domain::GaffeKind,
    crate::domain::plan::StepKind,
    crate::domain::plan::StepStatus,
    crate::domain::note::NoteTone,
    crate::domain::events::EventType,
    crate::domain::events::DeliveryStatus,
);

/// `self_rating` columns (`smallint`, CHECK 1–5): read back as a [`SelfRating`], refusing anything off the scale.
impl FromSql<SmallInt, Pg> for SelfRating {
    fn from_sql(value: PgValue<'_>) -> deserialize::Result<Self> {
        let number = <i16 as FromSql<SmallInt, Pg>>::from_sql(value)?;
        SelfRating::new(i64::from(number))
            .ok_or_else(|| format!("self-rating {number} in the database is off the scale").into())
    }
}

impl Queryable<SmallInt, Pg> for SelfRating {
    type Row = Self;
    fn build(row: Self) -> deserialize::Result<Self> {
        Ok(row)
    }
}

/// Writes a rating as its `smallint` (what an update of the nullable column needs, migration 16).
impl diesel::serialize::ToSql<SmallInt, Pg> for SelfRating {
    fn to_sql<'b>(
        &'b self,
        out: &mut diesel::serialize::Output<'b, '_, Pg>,
    ) -> diesel::serialize::Result {
        let number = i16::from(self.get());
        <i16 as diesel::serialize::ToSql<SmallInt, Pg>>::to_sql(&number, &mut out.reborrow())
    }
}

/// Ratings are written as their `smallint`, into the column or into its nullable form.
macro_rules! self_rating_expressions {
    ($($sql:ty),+) => {$(
        impl AsExpression<$sql> for &SelfRating {
            type Expression = <i16 as AsExpression<$sql>>::Expression;
            fn as_expression(self) -> Self::Expression {
                <i16 as AsExpression<$sql>>::as_expression(i16::from(self.get()))
            }
        }

        impl AsExpression<$sql> for SelfRating {
            type Expression = <i16 as AsExpression<$sql>>::Expression;
            fn as_expression(self) -> Self::Expression {
                <i16 as AsExpression<$sql>>::as_expression(i16::from(self.get()))
            }
        }
    )+};
}
self_rating_expressions!(SmallInt, Nullable<SmallInt>);

/// A `jsonb` column read into `T`. Storage structs are separate from the API's types and accept what older rows
/// hold (missing optional fields default, unknown fields are ignored), so changing the API never breaks a read.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonColumn<T>(pub T);

impl<T: DeserializeOwned> FromSql<Jsonb, Pg> for JsonColumn<T> {
    fn from_sql(value: PgValue<'_>) -> deserialize::Result<Self> {
        let json = <serde_json::Value as FromSql<Jsonb, Pg>>::from_sql(value)?;
        Ok(JsonColumn(serde_json::from_value(json)?))
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
