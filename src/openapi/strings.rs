//! What the published OpenAPI document says about strings: each bounded text (`rebound_domain::bounded`) inline
//! with its limits where it is used, and NUL refused in every other request string, as `extract` refuses it.

use rebound_domain::bounded::{Kind, NO_NUL_PATTERN};

/// Declares that a string schema refuses NUL, as `extract` does everywhere, unless a narrower rule (an enum, a
/// format that validates, an anchored pattern) already does.
pub(super) fn no_nul(members: &mut serde_json::Map<String, serde_json::Value>) {
    let validating_format = members.get("format").is_some_and(|f| f != "password");
    if validating_format || members.contains_key("enum") || members.contains_key("const") {
        return;
    }
    members
        .entry("pattern")
        .or_insert_with(|| NO_NUL_PATTERN.into());
}

/// Puts each bounded text (`rebound_domain::bounded`) inline where it is used, as a string schema with its limits
/// and the use's own description. utoipa refers to every type with a schema as a component; a string kind reads
/// better, and generates plainer clients, inline.
pub(super) fn inline_bounded_texts(api: &mut serde_json::Value) {
    use serde_json::Value;
    use utoipa::openapi::schema::{SchemaType, Type};

    /// The kind a `{"$ref": …}` schema refers to.
    fn referred(schema: &Value) -> Option<Kind> {
        let name = schema
            .get("$ref")?
            .as_str()?
            .strip_prefix("#/components/schemas/")?;
        Kind::named(name)
    }
    /// The kind's schema, `null` too when `nullable`, described as the reference was.
    fn inline(kind: Kind, reference: &Value, nullable: bool) -> Value {
        let mut schema = kind.schema();
        if nullable {
            schema = schema.schema_type(SchemaType::from_iter([Type::String, Type::Null]));
        }
        let description = reference.get("description").and_then(Value::as_str);
        serde_json::to_value(schema.description(description).build()).unwrap_or_default()
    }
    fn walk(value: &mut Value) {
        if let Some(kind) = referred(value) {
            *value = inline(kind, value, false);
            return;
        }
        match value {
            Value::Object(members) => {
                // `Option<Kind>`: `oneOf: [{$ref}, {type: null}]`, as utoipa writes a nullable reference.
                if let Some(Value::Array(branches)) = members.get("oneOf") {
                    if let [branch, null] = branches.as_slice() {
                        if let (Some(kind), true) = (
                            referred(branch),
                            null == &serde_json::json!({"type": "null"}),
                        ) {
                            *value = inline(kind, branch, true);
                            return;
                        }
                    }
                }
                members.values_mut().for_each(walk);
            }
            Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }

    if let Some(schemas) = api["components"]["schemas"].as_object_mut() {
        schemas.retain(|name, _| Kind::named(name).is_none());
    }
    walk(api);
}

/// Declares on every request schema's strings that they refuse NUL (see [`no_nul`]), as `extract` enforces it on
/// any body, query or form.
pub(super) fn forbid_nul_in_requests(api: &mut serde_json::Value) {
    use serde_json::Value;

    fn walk(schema: &mut Value) {
        let Some(members) = schema.as_object_mut() else {
            return;
        };
        let string = match members.get("type") {
            Some(Value::String(t)) => t == "string",
            Some(Value::Array(types)) => types.iter().any(|t| t == "string"),
            _ => false,
        };
        if string {
            no_nul(members);
        }
        for (key, member) in members.iter_mut() {
            match key.as_str() {
                "properties" => member
                    .as_object_mut()
                    .into_iter()
                    .flat_map(|p| p.values_mut())
                    .for_each(walk),
                "items" => walk(member),
                _ => {}
            }
        }
    }

    let schemas = api["components"]["schemas"].as_object_mut();
    for (name, schema) in schemas.into_iter().flatten() {
        if !name.ends_with("Response") {
            walk(schema);
        }
    }
}

/// Form bodies: an unknown field is ignored whatever its value holds, but no field name may hold a NUL
/// (`extract::nul_in_read_fields`). The rule stays on names only: declaring the values too (additionalProperties)
/// makes openapi-typescript emit an index signature that the optional, nullable fields do not fit.
pub(super) fn forbid_nul_in_form_field_names(api: &mut serde_json::Value) {
    for form in ["TokenRequest", "RevokeRequest", "AuthorizeForm"] {
        if let Some(schema) = api["components"]["schemas"][form].as_object_mut() {
            schema.insert(
                "propertyNames".to_string(),
                serde_json::json!({"pattern": NO_NUL_PATTERN}),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn bounded_texts_are_stated_inline_where_they_are_used() {
        use rebound_domain::bounded::{CompanyName, InterviewerTitle, KINDS};
        use serde_json::json;

        let api = crate::openapi::published();
        let schemas = &api["components"]["schemas"];
        let text = serde_json::to_string(&api).unwrap();
        for kind in KINDS {
            assert!(
                schemas.get(kind.name).is_none(),
                "{} is a component",
                kind.name
            );
            let reference = format!("\"#/components/schemas/{}\"", kind.name);
            assert!(!text.contains(&reference), "{} is referred to", kind.name);
        }
        assert_eq!(
            schemas["CreateInterviewRequest"]["properties"]["company"],
            json!({
                "type": "string",
                "description": "1–200 characters.",
                "maxLength": CompanyName::MAX,
                "minLength": CompanyName::MIN,
                "pattern": CompanyName::PATTERN.regex()
            })
        );
        // `Option<InterviewerTitle>`: nullable, as utoipa writes a nullable string.
        assert_eq!(
            schemas["InterviewerDto"]["properties"]["title"]["type"],
            json!(["string", "null"])
        );
        assert_eq!(
            schemas["InterviewerDto"]["properties"]["title"]["maxLength"],
            json!(InterviewerTitle::MAX)
        );
        assert_eq!(
            schemas["UpdateInterviewRequest"]["properties"]["strengths"]["items"]["maxLength"],
            json!(300)
        );
    }
}
