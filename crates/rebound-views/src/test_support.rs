//! Checks for the views' unit tests: a schema example is documentation only if it is what the code really sends.

/// The `example` of `T`'s OpenAPI schema.
pub fn schema_example<T: utoipa::PartialSchema>() -> serde_json::Value {
    serde_json::to_value(T::schema()).expect("a schema serialises")["example"].clone()
}

/// Asserts that the `example` of `T`'s OpenAPI schema is `actual`, a real output; when it is not, the message
/// shows the real output as JSON, ready to paste into the example.
pub fn assert_schema_example<T: utoipa::PartialSchema>(actual: serde_json::Value) {
    let name = std::any::type_name::<T>();
    let shown = serde_json::to_string_pretty(&actual).expect("JSON prints");
    assert!(
        schema_example::<T>() == actual,
        "the schema example of {name} is not what the code produces; the real output is:\n{shown}"
    );
}

/// `value` as JSON, the way the API sends it.
pub fn json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).expect("a view serialises")
}
