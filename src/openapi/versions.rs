//! Dated API versions in the document: `info.version` is the current version, every `/v1` operation takes an
//! optional `Rebound-Version` header (a malformed one is a 400 naming it), and every `/v1` response states the
//! version it was made under, with `Deprecation` and `Sunset` when that version is retiring (see
//! `crate::api_version`).

use serde_json::{json, Value};

use rebound_domain::versions::ApiVersion;

use super::publish::operations_mut;

const RESPONSE_HEADERS: [&str; 3] = ["Rebound-Version", "Deprecation", "Sunset"];

/// Applies the above to `api`.
pub(super) fn dated_versions(api: &mut Value) {
    api["info"]["version"] = json!(ApiVersion::CURRENT.as_str());
    let headers = &mut api["components"]["headers"];
    headers["Rebound-Version"] = json!({
        "description": "The API version this answer was made under: the one `Rebound-Version` named, else the \
            one the token's API client is pinned to, else the current one.",
        "schema": {"type": "string", "examples": [ApiVersion::CURRENT.as_str()]}
    });
    headers["Deprecation"] = json!({
        "description": "Only when that version is retiring (RFC 9745): since when, as `@` and Unix seconds. Move \
            to a newer version before the `Sunset` date.",
        "schema": {"type": "string", "examples": ["@1796601600"]}
    });
    headers["Sunset"] = json!({
        "description": "Only when that version is retiring (RFC 8594): after this date its clients get the oldest \
            version still served.",
        "schema": {"type": "string", "examples": ["Mon, 07 Jun 2027 00:00:00 GMT"]}
    });
    let v1_shared: Vec<String> = operations_mut(api)
        .filter(|(path, _)| path.starts_with("/v1/"))
        .flat_map(|(_, operation)| add_to_operation(operation))
        .collect();
    for name in v1_shared {
        if let Some(response) = api["components"]["responses"].get_mut(&name) {
            add_response_headers(response);
        }
    }
}

/// Adds the parameter, a 400 and the response headers to one `/v1` operation; returns the shared responses it
/// refers to, which get the headers too.
fn add_to_operation(operation: &mut serde_json::Map<String, Value>) -> Vec<String> {
    let parameters = operation.entry("parameters").or_insert_with(|| json!([]));
    if let Some(parameters) = parameters.as_array_mut() {
        parameters.push(json!({
            "name": "Rebound-Version",
            "in": "header",
            "required": false,
            "description": "The API version to answer under: one of the versions listed, or any date written \
                YYYY-MM-DD, read as the newest version on or before it. Without it, the version the token's API \
                client is pinned to (the current one for tokens no client obtained). Anything else is a 400 naming \
                this header.",
            // The versions themselves, not a date pattern: generators offer them as choices, and a fuzzer sends them
            // (schemathesis's coverage phase sends `0` for a patterned header).
            "schema": {"type": "string", "enum": ApiVersion::ALL.map(ApiVersion::as_str)},
            "example": ApiVersion::CURRENT.as_str()
        }));
    }
    let responses = operation.entry("responses").or_insert_with(|| json!({}));
    if responses.get("400").is_none() {
        responses["400"] = json!({"$ref": "#/components/responses/InvalidRequest"});
    }
    let mut shared = Vec::new();
    for response in responses
        .as_object_mut()
        .into_iter()
        .flat_map(|r| r.values_mut())
    {
        match response["$ref"].as_str() {
            Some(reference) => shared.extend(
                reference
                    .strip_prefix("#/components/responses/")
                    .map(str::to_string),
            ),
            None => add_response_headers(response),
        }
    }
    shared
}

fn add_response_headers(response: &mut Value) {
    for name in RESPONSE_HEADERS {
        response["headers"][name] = json!({"$ref": format!("#/components/headers/{name}")});
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rebound_domain::versions::VERSION_DATE_PATTERN;

    /// The request bodies write the pattern as a literal (utoipa's attribute takes no constant): it must be the one
    /// the server checks; the header lists versions the server accepts.
    #[test]
    fn every_version_date_in_the_document_has_the_servers_pattern() {
        let api = crate::openapi::published();
        let schemas = &api["components"]["schemas"];
        for request in ["CreateApiClientRequest", "UpdateApiClientRequest"] {
            assert_eq!(
                schemas[request]["properties"]["api_version"]["pattern"], VERSION_DATE_PATTERN,
                "{request}"
            );
        }
        let me = &api["paths"]["/v1/me"]["get"]["parameters"];
        let header = me
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "Rebound-Version")
            .unwrap();
        for version in header["schema"]["enum"].as_array().unwrap() {
            assert!(ApiVersion::for_date(version.as_str().unwrap()).is_some());
        }
    }
}
