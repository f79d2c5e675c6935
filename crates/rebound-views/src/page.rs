//! A page of a list: `{data, next_cursor}`, the answer of every paged list endpoint.
//!
//! The OpenAPI document names each page after what it lists (`InterviewList`, `CandidateList`…), as it always has,
//! so generated clients keep their class names: utoipa would name a generic `Page<InterviewResponse>`
//! `Page_InterviewResponse`. Each listed type says its page's name, description and example through [`Listed`]
//! (see [`listed!`](crate::listed)), and the paths refer to the page by an alias (`InterviewList =
//! Page<InterviewResponse>`), which utoipa names by [`ToSchema::name`].

use std::borrow::Cow;

use serde::Serialize;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Schema, SchemaType, Type};
use utoipa::openapi::{Ref, RefOr};
use utoipa::{PartialSchema, ToSchema};

/// One page of a list, and the cursor of the next.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page<T> {
    /// The items of this page.
    pub data: Vec<T>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
    /// Sync lists only: where this page ends in change order; pass it as `changes_after` to continue from there,
    /// now or on the next poll. Absent on the other lists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes_cursor: Option<String>,
}

/// A type listed in pages, and how the OpenAPI document names and shows its page.
pub trait Listed: ToSchema {
    /// The component name of a page of these (`InterviewList`).
    const PAGE_NAME: &'static str;
    /// What a page of these is ("A page of interviews, newest first.").
    const PAGE_DESCRIPTION: &'static str;
    /// The description of the page's `data`, when it needs one.
    const DATA_DESCRIPTION: Option<&'static str> = None;
    /// Whether the list has a sync form (`changes_after`), whose pages carry `changes_cursor`.
    const SYNCED: bool = false;
    /// An example page.
    fn page_example() -> serde_json::Value;
}

/// Implements [`Listed`] for a type: `listed!(InterviewResponse, "InterviewList", "A page of …", json!({…}))`, with
/// an optional `data = "…"` description last.
#[macro_export]
macro_rules! listed {
    ($item:ty, $name:literal, $description:literal, $example:expr $(, data = $data:literal)? $(, synced = $synced:literal)?) => {
        impl $crate::Listed for $item {
            const PAGE_NAME: &'static str = $name;
            const PAGE_DESCRIPTION: &'static str = $description;
            $(const DATA_DESCRIPTION: Option<&'static str> = Some($data);)?
            $(const SYNCED: bool = $synced;)?
            fn page_example() -> serde_json::Value {
                $example
            }
        }
    };
}

const NEXT_CURSOR: &str = "Pass as `cursor` to get the next page; `null` on the last page.";
const CHANGES_CURSOR: &str = "Sync form of the list only (`changes_after`, or an `_after` filter of a change time): \
     where this page ends in change order. Pass it as `changes_after` to get the next page, and keep it to poll \
     again later: the next poll lists every change committed since, including one whose transaction began \
     before this page was read.";

impl<T: Listed> PartialSchema for Page<T> {
    // `example`, as the derived schemas of the other responses write theirs.
    #[allow(deprecated)]
    fn schema() -> RefOr<Schema> {
        let data = ArrayBuilder::new()
            .items(Ref::from_schema_name(T::name()))
            .description(T::DATA_DESCRIPTION);
        let mut page = ObjectBuilder::new()
            .description(Some(T::PAGE_DESCRIPTION))
            .property("data", data)
            .required("data")
            .property(
                "next_cursor",
                ObjectBuilder::new()
                    .schema_type(SchemaType::from_iter([Type::String, Type::Null]))
                    .description(Some(NEXT_CURSOR)),
            );
        if T::SYNCED {
            page = page.property(
                "changes_cursor",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .description(Some(CHANGES_CURSOR)),
            );
        }
        page.example(Some(T::page_example())).into()
    }
}

impl<T: Listed> ToSchema for Page<T> {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed(T::PAGE_NAME)
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas.push((T::name().into_owned(), T::schema()));
        T::schemas(schemas);
    }
}
