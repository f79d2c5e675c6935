//! What happened, as clients hear of it: event types, which subscriptions match them, and what an update changed.

use serde_json::{Map, Value};

crate::wire_enum! {
    /// The type of an event, `<resource>.<what happened>`. New types may be added; ignore unknown ones.
    #[derive(PartialOrd, Ord)]
    pub enum EventType {
        CandidateCreated = "candidate.created",
        CandidateUpdated = "candidate.updated",
        CandidateDeleted = "candidate.deleted",
        InterviewCreated = "interview.created",
        InterviewUpdated = "interview.updated",
        InterviewDeleted = "interview.deleted",
        GaffeCreated = "gaffe.created",
        GaffeUpdated = "gaffe.updated",
        GaffeDeleted = "gaffe.deleted",
        RecoveryPlanCreated = "recovery_plan.created",
        RecoveryPlanStepUpdated = "recovery_plan.step_updated",
        RecoveryPlanStepDue = "recovery_plan.step_due",
        /// Sent only by `POST /v1/webhook-endpoints/{id}/test`, to that endpoint alone.
        Ping = "ping",
    }
}

crate::wire_enum! {
    /// Where one event's delivery to one endpoint stands.
    pub enum DeliveryStatus {
        /// Not tried yet.
        Pending = "pending",
        /// The endpoint answered 2xx.
        Succeeded = "succeeded",
        /// Given up: every attempt of the schedule failed, or the endpoint was disabled.
        Failed = "failed",
        /// The last attempt failed; another is scheduled at `next_attempt_at`.
        Retrying = "retrying",
    }
}

/// The subscription that matches every event type (except `ping`, which only the test call sends).
pub const ALL_EVENTS: &str = "*";

impl EventType {
    /// Whether an endpoint subscribed to `subscriptions` (type names, or `*`) receives this type.
    pub fn is_subscribed(self, subscriptions: &[String]) -> bool {
        self != EventType::Ping
            && subscriptions
                .iter()
                .any(|s| s == ALL_EVENTS || s == self.as_str())
    }
}

/// The top-level attributes an update changed, with their values before it (`previous_attributes`); `None` when
/// nothing changed or either side is not an object.
pub fn previous_attributes(before: &Value, after: &Value) -> Option<Value> {
    let (Value::Object(before), Value::Object(after)) = (before, after) else {
        return None;
    };
    let changed: Map<String, Value> = before
        .iter()
        .filter(|(name, old)| after.get(name.as_str()) != Some(old))
        .map(|(name, old)| (name.clone(), old.clone()))
        .collect();
    (!changed.is_empty()).then_some(Value::Object(changed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_subscription_names_types_or_everything_but_never_ping() {
        let some = vec!["interview.created".to_string()];
        assert!(EventType::InterviewCreated.is_subscribed(&some));
        assert!(!EventType::InterviewUpdated.is_subscribed(&some));
        let all = vec![ALL_EVENTS.to_string()];
        assert!(EventType::RecoveryPlanStepDue.is_subscribed(&all));
        assert!(!EventType::Ping.is_subscribed(&all));
    }

    #[test]
    fn previous_attributes_hold_the_old_values_of_what_changed_only() {
        let before = json!({"id": "c1", "display_name": "Dana", "notes": null, "version": 1});
        let after = json!({"id": "c1", "display_name": "Dana Reyes", "notes": null, "version": 2});
        assert_eq!(
            previous_attributes(&before, &after),
            Some(json!({"display_name": "Dana", "version": 1}))
        );
        assert_eq!(previous_attributes(&before, &before), None);
        assert_eq!(previous_attributes(&json!([1]), &json!([2])), None);
    }

    #[test]
    fn every_type_has_a_resource_and_an_action() {
        for kind in EventType::ALL.iter().filter(|k| **k != EventType::Ping) {
            let (resource, action) = kind.as_str().split_once('.').unwrap();
            assert!(!resource.is_empty() && !action.is_empty(), "{kind}");
        }
    }
}
