//! How the domain's enums and ratings are stored: as their wire names in `text` columns (each with a CHECK
//! constraint in the migrations) and as `smallint` ratings. Only with the `diesel` feature, which the storage
//! crate turns on: Rust's orphan rule lets diesel's traits be implemented for these types only here or in diesel,
//! and diesel's blanket `AsExpression` impl rules out a wrapper-free mapping from outside. Nothing else in this
//! crate may use diesel: CI builds the crate without the feature (`scripts/check-layers.sh`).

use diesel::deserialize::{self, FromSql, Queryable};
use diesel::expression::AsExpression;
use diesel::pg::{Pg, PgValue};
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::{Nullable, SmallInt, Text, Uuid as SqlUuid};

use crate::SelfRating;

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
    crate::access::Role,
    crate::access::ClientType,
    crate::Stage,
    crate::Format,
    crate::Outcome,
    crate::EmployerInterest,
    crate::Noticed,
    crate::Moment,
    crate::GaffeKind,
    crate::plan::StepKind,
    crate::plan::StepStatus,
    crate::note::NoteTone,
    crate::events::EventType,
    crate::events::DeliveryStatus,
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

/// Maps the id newtypes of [`crate::ids`] (every one, through `with_every_id!`) to `uuid` columns: read and written as the UUID underneath, into the
/// column, its nullable form and `= ANY(...)` lists (which bind through `ToSql`).
macro_rules! id_columns {
    ($($ty:ident),+ $(,)?) => {$(
        impl FromSql<SqlUuid, Pg> for crate::ids::$ty {
            fn from_sql(value: PgValue<'_>) -> deserialize::Result<Self> {
                <uuid::Uuid as FromSql<SqlUuid, Pg>>::from_sql(value).map(Self::from_uuid)
            }
        }

        impl Queryable<SqlUuid, Pg> for crate::ids::$ty {
            type Row = Self;
            fn build(row: Self) -> deserialize::Result<Self> {
                Ok(row)
            }
        }

        impl ToSql<SqlUuid, Pg> for crate::ids::$ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
                <uuid::Uuid as ToSql<SqlUuid, Pg>>::to_sql(&self.as_uuid(), &mut out.reborrow())
            }
        }

        id_columns!(@expression $ty, SqlUuid);
        id_columns!(@expression $ty, Nullable<SqlUuid>);
    )+};
    (@expression $ty:ident, $sql:ty) => {
        impl AsExpression<$sql> for crate::ids::$ty {
            type Expression = <uuid::Uuid as AsExpression<$sql>>::Expression;
            fn as_expression(self) -> Self::Expression {
                <uuid::Uuid as AsExpression<$sql>>::as_expression(self.as_uuid())
            }
        }

        impl AsExpression<$sql> for &crate::ids::$ty {
            type Expression = <uuid::Uuid as AsExpression<$sql>>::Expression;
            fn as_expression(self) -> Self::Expression {
                <uuid::Uuid as AsExpression<$sql>>::as_expression(self.as_uuid())
            }
        }
    };
}

crate::ids::with_every_id!(id_columns);

/// A [`crate::json_text::JsonText`] in a `jsonb` column (a version byte, then the text; read also without the byte,
/// as a `json` column sends it): written and read as the text, never as a `serde_json::Value`.
mod json_text_columns {
    use super::*;
    use crate::json_text::JsonText;
    use diesel::sql_types::Jsonb;
    use std::io::Write;

    /// The version byte of `jsonb`'s binary format.
    const JSONB_VERSION: u8 = 1;

    impl ToSql<Jsonb, Pg> for JsonText {
        fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
            out.write_all(&[JSONB_VERSION])?;
            out.write_all(self.as_str().as_bytes())?;
            Ok(serialize::IsNull::No)
        }
    }

    impl FromSql<Jsonb, Pg> for JsonText {
        fn from_sql(value: PgValue<'_>) -> deserialize::Result<Self> {
            let text = crate::json_text::jsonb_text(value.as_bytes())?;
            Ok(JsonText::parse(String::from_utf8(text.to_vec())?)?)
        }
    }
}
