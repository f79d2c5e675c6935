//! The steps that turn utoipa's document into the published one: each applies, on the JSON, something utoipa's
//! typed model cannot say or would say once per handler. Each step's own doc comment says why it exists.

use serde_json::{Map, Value};

use super::{enums, links, parameters, response_headers, security, strings, versions, webhooks};

/// The steps, in the order they run. The order matters: JSON members keep their insertion order, so the step that
/// adds a member (a header, `ClientScope`, an open copy) decides where it appears in the committed document; and
/// `open_response_enums` runs last, to open every enum a response reaches once the other steps have added them.
const STEPS: &[fn(&mut Value)] = &[
    response_headers::declare_rate_limit_headers,
    response_headers::shared_response_headers,
    security::public_operations_take_no_token,
    parameters::header_syntax,
    parameters::demo_path_examples,
    parameters::query_strings_refuse_nul,
    enums::parameter_enums_refer_to_components,
    response_headers::operation_response_headers,
    versions::dated_versions,
    strings::inline_bounded_texts,
    strings::forbid_nul_in_requests,
    security::client_scope,
    enums::subscribable_events,
    webhooks::typed_event_envelopes,
    links::plan_links,
    strings::forbid_nul_in_form_field_names,
    security::oauth_flows_in_swagger_order,
    enums::open_response_enums,
];

/// Applies every step of [`STEPS`] to `api`, a serialized [`utoipa::openapi::OpenApi`].
pub(super) fn publish(api: &mut Value) {
    for step in STEPS {
        step(api);
    }
}

/// Every operation of the document, with its path.
pub(super) fn operations_mut(
    api: &mut Value,
) -> impl Iterator<Item = (&str, &mut Map<String, Value>)> {
    let items = api["paths"].as_object_mut().into_iter().flatten();
    items.flat_map(|(path, item)| {
        let operations = item
            .as_object_mut()
            .into_iter()
            .flat_map(|i| i.values_mut());
        operations.filter_map(move |operation| Some((path.as_str(), operation.as_object_mut()?)))
    })
}

/// Every parameter of every operation.
pub(super) fn parameters_mut(api: &mut Value) -> impl Iterator<Item = &mut Value> {
    operations_mut(api).flat_map(|(_, operation)| {
        let parameters = operation
            .get_mut("parameters")
            .and_then(Value::as_array_mut);
        parameters.into_iter().flatten()
    })
}
