//! OpenAPI links: what a client does next with an answer, so generators and fuzzers need not guess which field
//! feeds which parameter.

use serde_json::{json, Value};

/// OpenAPI links from a recovery plan (as created, or as read) to what a client does next with it: read it again,
/// add it to a calendar, update its first step. Without them a generator or a fuzzer guesses, and the plan's own
/// `steps[*].id` looks as much like a `plan_id` as its `id` does.
pub(super) fn plan_links(api: &mut Value) {
    let plan = json!({
        "interview_id": "$response.body#/interview_id",
        "plan_id": "$response.body#/id"
    });
    let links = json!({
        "GetRecoveryPlan": {
            "operationId": "get_recovery_plan",
            "parameters": plan,
            "description": "The plan again, with its steps' current status"
        },
        "GetPlanCalendar": {
            "operationId": "get_plan_calendar",
            "parameters": plan,
            "description": "The plan's dated steps as an iCalendar file"
        },
        "UpdateFirstPlanStep": {
            "operationId": "update_plan_step",
            "parameters": {
                "interview_id": "$response.body#/interview_id",
                "plan_id": "$response.body#/id",
                "step_id": "$response.body#/steps/0/id"
            },
            "description": "Mark the plan's first step done or skipped"
        }
    });
    for (path, method, status) in [
        (
            "/v1/interviews/{interview_id}/recovery-plans",
            "post",
            "201",
        ),
        (
            "/v1/interviews/{interview_id}/recovery-plans/{plan_id}",
            "get",
            "200",
        ),
    ] {
        if let Some(response) = api["paths"][path][method]["responses"][status].as_object_mut() {
            response.insert("links".to_string(), links.clone());
        }
    }
}
