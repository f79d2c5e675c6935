// Diesel table definitions, matching `migrations/` (kept in the shape `diesel print-schema` writes).

diesel::table! {
    api_clients (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        name -> Text,
        client_id -> Text,
        secret_hash -> Nullable<Text>,
        scopes -> Array<Text>,
        created_by -> Nullable<Uuid>,
        created_at -> Timestamptz,
        revoked_at -> Nullable<Timestamptz>,
        last_used_at -> Nullable<Timestamptz>,
        previous_secret_hash -> Nullable<Text>,
        previous_secret_expires_at -> Nullable<Timestamptz>,
        client_type -> Text,
        redirect_uris -> Array<Text>,
        api_version -> Text,
    }
}

diesel::table! {
    authorization_codes (code_hash) {
        code_hash -> Text,
        workspace_id -> Uuid,
        api_client_id -> Uuid,
        user_id -> Uuid,
        redirect_uri -> Text,
        scopes -> Array<Text>,
        code_challenge -> Text,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
        used_at -> Nullable<Timestamptz>,
        session_id -> Nullable<Uuid>,
    }
}

diesel::table! {
    login_throttle (login_key) {
        login_key -> Text,
        failures -> Int4,
        window_started_at -> Timestamptz,
        locked_until -> Nullable<Timestamptz>,
        lockouts -> Int4,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        user_id -> Uuid,
        family_id -> Uuid,
        token_hash -> Text,
        scopes -> Array<Text>,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
        rotated_at -> Nullable<Timestamptz>,
        revoked_at -> Nullable<Timestamptz>,
        api_client_id -> Nullable<Uuid>,
    }
}

diesel::table! {
    revocations (revoked_id) {
        revoked_id -> Uuid,
        workspace_id -> Uuid,
        revoked_at -> Timestamptz,
        kind -> Text,
    }
}

diesel::table! {
    users (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        email -> Text,
        display_name -> Text,
        password_hash -> Text,
        role -> Text,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    workspaces (id) {
        id -> Uuid,
        name -> Text,
        created_at -> Timestamptz,
        locale -> Text,
    }
}

diesel::joinable!(api_clients -> workspaces (workspace_id));
diesel::joinable!(authorization_codes -> api_clients (api_client_id));
diesel::joinable!(authorization_codes -> users (user_id));
diesel::joinable!(refresh_tokens -> api_clients (api_client_id));
diesel::joinable!(refresh_tokens -> users (user_id));
diesel::joinable!(refresh_tokens -> workspaces (workspace_id));
diesel::joinable!(users -> workspaces (workspace_id));

diesel::table! {
    candidates (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        display_name -> Text,
        email -> Nullable<Text>,
        external_id -> Nullable<Text>,
        user_id -> Nullable<Uuid>,
        notes -> Nullable<Text>,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        time_zone -> Nullable<Text>,
        change_xid -> Int8,
        change_seq -> Int8,
        locale -> Text,
    }
}

diesel::table! {
    interviews (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        candidate_id -> Uuid,
        company -> Text,
        role_title -> Text,
        stage -> Text,
        format -> Text,
        occurred_at -> Timestamptz,
        duration_minutes -> Nullable<Int4>,
        interviewers -> Jsonb,
        questions -> Jsonb,
        strengths -> Jsonb,
        self_rating -> Nullable<Int2>,
        outcome -> Text,
        notes -> Nullable<Text>,
        remote_source -> Nullable<Text>,
        remote_id -> Nullable<Text>,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        employer_interest -> Text,
        time_zone -> Nullable<Text>,
        occurred_at_offset_minutes -> Nullable<Int2>,
        remote_updated_at -> Nullable<Timestamptz>,
        remote_deleted_at -> Nullable<Timestamptz>,
        change_xid -> Int8,
        change_seq -> Int8,
    }
}

diesel::table! {
    gaffes (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        interview_id -> Uuid,
        kind -> Text,
        description -> Nullable<Text>,
        noticed -> Text,
        moment -> Text,
        corrected_in_interview -> Bool,
        extenuating_circumstance -> Nullable<Text>,
        question_index -> Nullable<Int4>,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        correction_said -> Nullable<Text>,
        correction_correct -> Nullable<Text>,
    }
}

diesel::table! {
    idempotency_keys (workspace_id, principal_id, idempotency_key) {
        workspace_id -> Uuid,
        principal_id -> Uuid,
        idempotency_key -> Text,
        request_hash -> Text,
        response_status -> Int2,
        response_body -> Jsonb,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    recovery_plans (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        interview_id -> Uuid,
        candidate_id -> Uuid,
        interview_version -> Int4,
        rules_version -> Text,
        model_version -> Text,
        tone -> Text,
        assessment -> Jsonb,
        omitted -> Jsonb,
        encouragement -> Nullable<Text>,
        created_at -> Timestamptz,
        locale -> Text,
    }
}

diesel::table! {
    plan_steps (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        plan_id -> Uuid,
        position -> Int4,
        kind -> Text,
        title -> Text,
        what_to_do -> Text,
        why -> Jsonb,
        due_at -> Timestamptz,
        draft -> Nullable<Text>,
        status -> Text,
        version -> Int4,
        updated_at -> Timestamptz,
        due_event_id -> Nullable<Uuid>,
    }
}

diesel::table! {
    lessons (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        candidate_id -> Uuid,
        interview_id -> Uuid,
        plan_id -> Uuid,
        kind -> Text,
        prevention -> Text,
        created_at -> Timestamptz,
    }
}

diesel::joinable!(candidates -> users (user_id));
diesel::joinable!(interviews -> candidates (candidate_id));
diesel::joinable!(gaffes -> interviews (interview_id));
diesel::joinable!(recovery_plans -> interviews (interview_id));
diesel::joinable!(plan_steps -> recovery_plans (plan_id));
diesel::joinable!(lessons -> recovery_plans (plan_id));

diesel::table! {
    events (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        #[sql_name = "type"]
        event_type -> Text,
        created_at -> Timestamptz,
        data -> Jsonb,
        previous_attributes -> Nullable<Jsonb>,
        change_xid -> Int8,
        change_seq -> Int8,
    }
}

diesel::table! {
    webhook_endpoints (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        url -> Text,
        events -> Array<Text>,
        description -> Nullable<Text>,
        enabled -> Bool,
        disabled_reason -> Nullable<Text>,
        secret_encrypted -> Text,
        previous_secret_encrypted -> Nullable<Text>,
        previous_secret_expires_at -> Nullable<Timestamptz>,
        failing_since -> Nullable<Timestamptz>,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    webhook_deliveries (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        endpoint_id -> Uuid,
        event_id -> Uuid,
        status -> Text,
        attempts -> Int4,
        next_attempt_at -> Nullable<Timestamptz>,
        last_attempt_at -> Nullable<Timestamptz>,
        response_status -> Nullable<Int4>,
        response_body -> Nullable<Text>,
        duration_ms -> Nullable<Int4>,
        error -> Nullable<Text>,
        created_at -> Timestamptz,
    }
}

diesel::joinable!(webhook_deliveries -> webhook_endpoints (endpoint_id));
diesel::joinable!(webhook_deliveries -> events (event_id));

diesel::table! {
    calendar_feeds (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        interview_id -> Uuid,
        plan_id -> Uuid,
        secret_hash -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    cors_origins (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        origin -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    inbound_receivers (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        vendor -> Text,
        label -> Text,
        secret_sealed -> Text,
        secret_generated -> Bool,
        created_at -> Timestamptz,
        last_delivery_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    ats_objects (workspace_id, source, kind, object_id) {
        workspace_id -> Uuid,
        source -> Text,
        kind -> Text,
        object_id -> Text,
        body -> Jsonb,
        seen_at -> Timestamptz,
    }
}

diesel::table! {
    inbound_deliveries (receiver_id, delivery_key) {
        receiver_id -> Uuid,
        delivery_key -> Text,
        received_at -> Timestamptz,
    }
}

diesel::joinable!(inbound_deliveries -> inbound_receivers (receiver_id));

diesel::allow_tables_to_appear_in_same_query!(
    api_clients,
    ats_objects,
    authorization_codes,
    calendar_feeds,
    candidates,
    cors_origins,
    events,
    gaffes,
    idempotency_keys,
    inbound_deliveries,
    inbound_receivers,
    interviews,
    lessons,
    login_throttle,
    plan_steps,
    recovery_plans,
    refresh_tokens,
    revocations,
    users,
    webhook_deliveries,
    webhook_endpoints,
    workspaces,
);
